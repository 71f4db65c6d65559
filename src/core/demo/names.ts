/**
 * Names for generated people, and the book that keeps ids and sign-in emails unique.
 * Demo sign-in is `<firstname>@lumen.example`, so a generated person gets their first name as
 * the email when it is free, and `first.last` (then `first.last2`, …) when it is not.
 */
import type { Rng } from './random.js';

export const FIRST_NAMES = [
  'Aisha', 'Alejandro', 'Ana', 'Anders', 'Arjun', 'Ben', 'Bruna', 'Carlos', 'Chen', 'Chloe',
  'Daniel', 'Diego', 'Elena', 'Emeka', 'Emma', 'Fatima', 'Felix', 'Freya', 'Gabriel', 'Hana',
  'Hugo', 'Ines', 'Isaac', 'Ivan', 'Jade', 'Jamal', 'Julia', 'Kai', 'Kenji', 'Kofi',
  'Lars', 'Laura', 'Leila', 'Leon', 'Lucas', 'Luisa', 'Maja', 'Marco', 'Maria', 'Mateo',
  'Maya', 'Milan', 'Nadia', 'Nia', 'Nikolai', 'Noah', 'Nora', 'Olga', 'Oscar', 'Paulo',
  'Rafael', 'Rania', 'Ravi', 'Rosa', 'Ruth', 'Sam', 'Sara', 'Sean', 'Selin', 'Simone',
  'Tariq', 'Tomas', 'Uma', 'Valeria', 'Victor', 'Wei', 'Yara', 'Yusuf', 'Zara', 'Zoe',
  'Abel', 'Beatriz', 'Camila', 'Dmitri', 'Esther', 'Farah', 'Goran', 'Helga', 'Ingrid', 'Joao',
] as const;

export const LAST_NAMES = [
  'Adeyemi', 'Almeida', 'Andersen', 'Bauer', 'Becker', 'Bianchi', 'Brown', 'Castro', 'Chen', 'Costa',
  'Dubois', 'Eriksen', 'Fernandes', 'Fischer', 'Garcia', 'Gomez', 'Gupta', 'Hansen', 'Hoffmann', 'Ibrahim',
  'Ito', 'Jansen', 'Jones', 'Kaya', 'Kim', 'Kowalski', 'Kumar', 'Larsen', 'Lopez', 'Martin',
  'Mendes', 'Meyer', 'Moreau', 'Murphy', 'Nakamura', 'Nguyen', 'Novak', 'Nowak', "O'Brien", 'Oliveira',
  'Park', 'Pereira', 'Petrov', 'Popescu', 'Ramos', 'Reyes', 'Ribeiro', 'Richter', 'Rodrigues', 'Santos',
  'Schmidt', 'Schneider', 'Silva', 'Singh', 'Smith', 'Sousa', 'Suzuki', 'Tanaka', 'Taylor', 'Torres',
  'Vargas', 'Walsh', 'Wang', 'Williams', 'Wilson', 'Wolf', 'Yamamoto', 'Yilmaz', 'Zhang', 'Zimmermann',
] as const;

/** Lower-case ASCII slug: "Seán O'Brien" → "sean-obrien". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface NamedIdentity {
  id: string;
  name: string;
  email: string;
}

export class NameBook {
  private readonly ids = new Set<string>();
  private readonly emails = new Set<string>();

  constructor(readonly domain: string) {}

  /** Claim a fixed id and email local part (the named people of the demo). */
  reserve(id: string, emailLocal: string): string {
    if (this.ids.has(id) || this.emails.has(emailLocal)) throw new Error(`demo identity ${id} taken twice`);
    this.ids.add(id);
    this.emails.add(emailLocal);
    return `${emailLocal}@${this.domain}`;
  }

  isFirstNameFree(first: string): boolean {
    return !this.emails.has(slug(first));
  }

  add(first: string, last: string): NamedIdentity {
    const name = `${first} ${last}`;
    const id = this.unique(this.ids, slug(name), '-');
    const firstLocal = slug(first).replace(/-/g, '');
    const local = this.emails.has(firstLocal)
      ? this.unique(this.emails, `${firstLocal}.${slug(last).replace(/-/g, '')}`, '')
      : firstLocal;
    this.emails.add(local);
    return { id, name, email: `${local}@${this.domain}` };
  }

  private unique(taken: Set<string>, base: string, sep: string): string {
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}${sep}${n}`;
    taken.add(candidate);
    return candidate;
  }
}

/** A random full name; with `freshFirst`, prefers a first name nobody has yet. */
export function randomName(rng: Rng, book: NameBook, freshFirst: boolean): [string, string] {
  let first = rng.pick(FIRST_NAMES);
  if (freshFirst) {
    for (let tries = 0; tries < 200 && !book.isFirstNameFree(first); tries++) first = rng.pick(FIRST_NAMES);
  }
  return [first, rng.pick(LAST_NAMES)];
}
