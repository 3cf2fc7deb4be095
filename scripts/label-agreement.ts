// Prints how far the two labellers of the external gold agree (the second relabelled rounds 52–81 blind), per family,
// scored as the engine is, and lists where they differ. Run: npx jiti scripts/label-agreement.ts
import { formatFailures, formatTable, labelAgreement, loadExternalGold, loadSecondLabeller } from '../tests/crossref/external-gold.js';

const first = loadExternalGold();
const second = loadSecondLabeller();
for (const lang of ['en', 'ru'] as const) {
  const part = second.filter((d) => d.lang === lang);
  const { refs, negativeParagraphs } = labelAgreement(first, part);
  console.log(formatTable(`second labeller against the first, ${lang} (${part.length} texts)`, refs));
  console.log(`  negative paragraphs: ${negativeParagraphs.both} of ${negativeParagraphs.either} agreed`);
  console.log(formatFailures(refs).replace(/engine said/g, 'second labeller said').replace(/\(no citation\)/g, '(not labelled)').replace(/\(invented\)/g, '(first labeller has none)'));
  console.log('');
}
