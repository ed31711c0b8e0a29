/**
 * One name, several spellings: outlets transliterate foreign names their own way ("Dmytro",
 * "Dmitro"; "Andriy", "Andrii"; "Mikhaïl", "Mihail"; "Yermak", "Iermak"). The spelling key of a
 * folded name ignores what varies between such transliterations (y or i, a doubled letter, "kh" or
 * "h", a final "iy"/"yy"), and nothing else: "Marin" and "Martin" keep distinct keys.
 */
export function spellingKey(folded: string): string {
  if (!varies(folded)) return folded;
  let key = '';
  for (let i = 0; i < folded.length; i++) {
    let c = folded[i]!;
    if (c === 'y') c = 'i';
    else if (c === 'h' && key.endsWith('k')) {
      // "kh" is written "h" too ("Mikhaïl", "Mihail").
      key = key.slice(0, -1);
    }
    // A doubled letter ("yy", "ss", "ll") is one.
    if (key.endsWith(c) && c >= 'a' && c <= 'z') continue;
    key += c;
  }
  return key;
}

/** Whether the name has anything the key changes (most names have not: no string is built for them). */
function varies(folded: string): boolean {
  let previous = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    // y; a doubled letter; "kh"
    if (c === 121 || (c === previous && c >= 97 && c <= 122) || (c === 104 && previous === 107)) return true;
    previous = c;
  }
  return false;
}
