// "This provision or any part of it" in SQL (ru-civil-code:1229 and ru-civil-code:1229/3; art1229 and art1229/3), as an index range.

/**
 * An SQL condition: `column` is `key` or below it in a '/'-separated hierarchy (a provision key, a clause path). Keys below start with key + '/', and '0' is the character
 * after '/', so the range [key + '/', key + '0') holds exactly them and an index on `column` serves it.
 * `key` is an SQL expression (a column such as p.key, or a named parameter such as @key).
 */
export function keyOrBelow(column: string, key: string): string {
  return `(${column} = ${key} OR (${column} > ${key} || '/' AND ${column} < ${key} || '0'))`;
}
