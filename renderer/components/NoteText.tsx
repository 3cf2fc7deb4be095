// An annotation's note: always plain text (React text nodes, never HTML), line breaks kept by CSS.

export function NoteText({ note, className = 'note-text' }: { note: string; className?: string }) {
  if (!note) return null;
  return <p className={className}>{note}</p>;
}
