// The key that goes from any edit step straight to the review, so a one-field change needs no
// Enter through the fields it does not touch. Ctrl+G ("go"): a control key, so a text field never
// takes it as text, and one that arrives as itself everywhere: Ctrl+S/Ctrl+Q are flow control on
// many terminals and serial consoles, Ctrl+N/Ctrl+W/Ctrl+T are taken by browsers (web SSH consoles),
// Ctrl+A/Ctrl+B are screen's and tmux's prefixes, F10 opens the menu in GNOME Terminal and needs Fn
// on a Mac, and Ctrl+A/E/U/D/R already edit or reveal. Ink reads 0x07 as ctrl + "g".
import type {Key} from 'ink';

export const reviewKeyName = 'Ctrl+G';

export const isReviewKey = (input: string, key: Key): boolean => key.ctrl && !key.meta && input === 'g';
