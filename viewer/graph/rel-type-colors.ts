/**
 * Edge colours per relationship type: lighter than the node colours, so nodes stay in front, and
 * apart enough to tell a refusal from a pledge at a glance. Types outside the list get a stable grey-blue.
 */
export const REL_TYPE_COLORS: Record<string, string> = {
  ATTENDED: '#b39ddb',
  LEADS: '#7fa7d4',
  REFUSES_TROOPS: '#e07b7b',
  PLEDGES: '#7cc07c',
  REPRESENTS: '#c9ab78',
  HOSTED: '#d39cc8',
  MEMBER_OF: '#efb36e',
  SIGNED: '#6fbfb7',
};

export const OTHER_REL_TYPE_COLOR = '#b8c0cc';

export function relTypeColor(type: string): string {
  return REL_TYPE_COLORS[type] ?? OTHER_REL_TYPE_COLOR;
}
