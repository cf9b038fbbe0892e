/**
 * Speakers: one entity per person across name variants ("Boris Bondarev" / "Bondarev"), and
 * pronoun resolution by salience: a pronoun names the most recent *subject* of a sentence whose
 * gender fits, not whoever was mentioned last ("…singled out Foreign Minister Sergey Lavrov.
 * He wrote…" is still the diplomat who railed).
 */
import type { Speaker } from '../model/types.js';

interface Entity {
  /** Union-find parent. */
  up: number;
  names: string[];
  /** Words of the title before the name ("Foreign Minister"). */
  role?: string;
  /** A mention without a name ("a mission spokesperson", "others"). */
  nominal?: string;
  gender?: 'm' | 'f';
  group?: boolean;
}

const FEMALE = /^(?:she|her|sie|elle|ella|mrs|ms|miss|madame|mme|frau|señora|sra)$/;
const MALE = /^(?:he|him|his|er|il|él|mr|monsieur|herr|señor|sr)$/;

export function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'speaker'
  );
}

export class Speakers {
  private ents: Entity[] = [];
  /** Recent subjects, most recent last. */
  private recent: number[] = [];

  root(i: number): number {
    while (this.ents[i]!.up !== i) i = this.ents[i]!.up = this.ents[this.ents[i]!.up]!.up;
    return i;
  }

  merge(a: number, b: number): void {
    a = this.root(a);
    b = this.root(b);
    if (a === b) return;
    const A = this.ents[a]!;
    const B = this.ents[b]!;
    B.up = a;
    A.names.push(...B.names);
    A.role ??= B.role;
    A.gender ??= B.gender;
    if (!A.names.length) A.nominal ??= B.nominal;
  }

  /** Entities by the last word of each of their names. */
  private byLast = new Map<string, number[]>();
  private byNominal = new Map<string, number>();

  /** The entity for a name, matching earlier variants by shared words ("Bondarev" ⊂ "Boris Bondarev"). */
  named(name: string, role: string | undefined, title: string): number {
    const words = name.split(' ');
    const last = words[words.length - 1]!;
    const sub = (x: string[], y: string[]) => x.every((v) => y.includes(v));
    const cands = this.byLast.get(last) ?? [];
    for (let k = cands.length - 1; k >= 0; k--) {
      const r = this.root(cands[k]!);
      const e = this.ents[r]!;
      if (e.names.some((n) => sub(words, n.split(' ')) || sub(n.split(' '), words))) {
        if (!e.names.includes(name)) e.names.push(name);
        e.role ??= role;
        e.gender ??= genderOf(title);
        return r;
      }
    }
    const i = this.push({ up: this.ents.length, names: [name], role, gender: genderOf(title) });
    this.byLast.set(last, [...cands.slice(-20), i]);
    return i;
  }

  /** An unnamed source; the same words ("officials", "the spokesman") are the same source. */
  nominal(text: string, group: boolean): number {
    const key = text.toLowerCase().replace(/^(?:a|an|the)\s+/, '');
    const old = this.byNominal.get(key);
    if (old !== undefined && !/^an?\s/i.test(text)) return this.root(old);
    const i = this.push({ up: this.ents.length, names: [], nominal: text, group });
    this.byNominal.set(key, i);
    return i;
  }

  private push(e: Entity): number {
    this.ents.push(e);
    return this.ents.length - 1;
  }

  /** Make an entity the latest subject. */
  subject(i: number): void {
    i = this.root(i);
    this.recent = this.recent.filter((r) => this.root(r) !== i).slice(-5);
    this.recent.push(i);
  }

  /** The entity a pronoun stands for, or -1. */
  pronoun(p: string): number {
    const want = FEMALE.test(p) ? 'f' : MALE.test(p) ? 'm' : undefined;
    const plural = /^(?:they|ils|elles|ellos|ellas)$/.test(p);
    if (!want && !plural) return -1; // "it", "I", "we": no person to name
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const e = this.ents[this.root(this.recent[k]!)]!;
      if (plural ? e.group : !e.group && (e.gender === undefined || e.gender === want)) {
        if (want) e.gender = want;
        return this.root(this.recent[k]!);
      }
    }
    return -1;
  }

  /** Speakers for the entities in `used`, with ids unique and stable: the slug of the longest name. */
  speakers(used: Set<number>): Map<number, Speaker> {
    const out = new Map<number, Speaker>();
    const ids = new Set<string>();
    for (const r of used) {
      const e = this.ents[r]!;
      const names = [...new Set(e.names)].sort((a, b) => b.length - a.length);
      const name = names[0] ?? cap(e.nominal ?? 'Unknown');
      let id = slug(name);
      for (let k = 2; ids.has(id); k++) id = slug(name) + '-' + k;
      ids.add(id);
      const sp: Speaker = { id, name };
      if (e.role) sp.role = e.role;
      if (names.length > 1) sp.aliases = names.slice(1);
      out.set(r, sp);
    }
    return out;
  }
}

function genderOf(title: string): 'm' | 'f' | undefined {
  const t = title.toLowerCase();
  return FEMALE.test(t) ? 'f' : MALE.test(t) ? 'm' : undefined;
}

const cap = (s: string) => s.replace(/^(?:a|an|the)\s+/i, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
