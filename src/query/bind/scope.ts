/** Variables in scope: name -> slot and static type. */
import type { StaticType } from '../functions/types.ts';

export interface Variable {
  name: string;
  slot: number;
  type: StaticType;
}

export class Scope {
  private readonly vars = new Map<string, Variable>();
  /** Slot -> user name, shared by a statement's scopes (for explain()). */
  readonly names: Map<number, string>;

  constructor(private readonly parent: Scope | null = null, names?: Map<number, string>) {
    this.names = names ?? parent?.names ?? new Map();
  }

  lookup(name: string): Variable | undefined {
    return this.vars.get(name) ?? this.parent?.lookup(name);
  }

  /** Declared in this scope itself (not inherited). */
  has(name: string): boolean {
    return this.vars.has(name);
  }

  declare(variable: Variable): void {
    this.vars.set(variable.name, variable);
    if (!this.names.has(variable.slot)) this.names.set(variable.slot, variable.name);
  }

  /** User-visible variables of this scope and its parents, inner first; internal names excluded. */
  all(): Variable[] {
    const seen = new Map<string, Variable>();
    for (let s: Scope | null = this; s !== null; s = s.parent) {
      for (const v of s.vars.values()) if (!seen.has(v.name)) seen.set(v.name, v);
    }
    return [...seen.values()];
  }

  child(): Scope {
    return new Scope(this);
  }
}

/** Slot allocation for one statement (all parts of a UNION share one frame). */
export class Slots {
  count = 0;
  /** Parameter names the statement uses (each must be given when it runs). */
  readonly parameters = new Set<string>();
  next(): number {
    return this.count++;
  }
}
