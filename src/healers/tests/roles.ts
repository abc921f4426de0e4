/**
 * What the matcher knows of ARIA roles, in one place: which roles a person
 * operates (controls), which a redesign swaps for one another because a user
 * does the same with them (families), and which are options a label names.
 */

/** Choosing, commanding or giving a field its value (typing, or picking one value): what a user does with an element of the role. */
export type RoleFamily = 'choose' | 'command' | 'type';

/**
 * Roles a redesign swaps for one another within a family: a checkbox that
 * became a switch, a radio that became a tab (choosing), a link restyled as
 * a button (commanding), a text box that became a combo box, a select that
 * became a group of radio buttons (giving a field its value). ARIA
 * itself derives a switch from a checkbox and a menu item radio from a radio.
 */
export const ROLE_FAMILY: Readonly<Record<string, RoleFamily>> = {
  checkbox: 'choose',
  switch: 'choose',
  menuitemcheckbox: 'choose',
  radio: 'choose',
  menuitemradio: 'choose',
  option: 'choose',
  tab: 'choose',
  button: 'command',
  link: 'command',
  menuitem: 'command',
  textbox: 'type',
  searchbox: 'type',
  combobox: 'type',
  // One value chosen for a field: a select (a combo box) becomes a group of radio buttons and back.
  radiogroup: 'type',
  spinbutton: 'type',
};

/** Roles of controls a person operates: every role of a family, and sliders and tree items. */
export const CONTROL_ROLES: ReadonlySet<string> = new Set([
  ...Object.keys(ROLE_FAMILY),
  'slider',
  'treeitem',
]);

/** Options: choices among several that their labels name (a tab names a panel instead). */
export const OPTION_ROLES: ReadonlySet<string> = new Set(
  Object.entries(ROLE_FAMILY)
    .filter(([role, family]) => family === 'choose' && role !== 'tab')
    .map(([role]) => role),
);
