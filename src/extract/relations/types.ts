/** A relationship read in one sentence, before entities are resolved across the corpus. */
export interface Fact {
  type: string;
  /** Entity keys (document-level: persons may still be surname:… or desc:…; events event:N). */
  source: string;
  target: string;
  sentence: number;
  confidence: number;
  what?: string;
  amount?: string;
  condition?: string;
}
