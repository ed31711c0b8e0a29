/**
 * One name, several spellings: outlets transliterate foreign names their own way ("Dmytro",
 * "Dmitro"; "Andriy", "Andrii"; "Mikhaïl", "Mihail"; "Yermak", "Iermak"; "Nétanyahou", "Netanyahu";
 * "Salmane", "Salman"; "Fayçal", "Faisal"). The spelling key of a folded name ignores what varies between
 * such transliterations (y or i, a doubled letter, "kh" or "h", "ou" or "u", a final "e" after "n", a "c"
 * between vowels that was a "ç"), and nothing else: "Marin" and "Martin" keep distinct keys.
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
    } else if (c === 'u' && key.endsWith('o')) {
      // The French "ou" is the English "u" ("Nétanyahou", "Netanyahu").
      key = key.slice(0, -1);
    } else if (c === 'e' && key.endsWith('n') && !isLetter(folded[i + 1])) {
      // "Salmane", "Salman": a final "e" after "n".
      continue;
    } else if (c === 'c' && isVowel(key[key.length - 1]) && isVowel(folded[i + 1])) {
      // "Fayçal" (folded "faycal"), "Faisal".
      c = 's';
    }
    // A doubled letter ("yy", "ss", "ll") is one.
    if (key.endsWith(c) && c >= 'a' && c <= 'z') continue;
    key += c;
  }
  return key;
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && c >= 'a' && c <= 'z';
}

function isVowel(c: string | undefined): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
}

/** Whether the name has anything the key changes (most names have not: no string is built for them). */
function varies(folded: string): boolean {
  let previous = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    const next = folded.charCodeAt(i + 1);
    // y; a doubled letter; "kh"; "ou"; a final "ne"; "c" between vowels
    if (c === 121 || (c === previous && c >= 97 && c <= 122) || (c === 104 && previous === 107) || (c === 117 && previous === 111)) return true;
    if (c === 101 && previous === 110 && !(next >= 97 && next <= 122)) return true;
    if (c === 99 && isVowel(folded[i - 1]) && isVowel(folded[i + 1])) return true;
    previous = c;
  }
  return false;
}
