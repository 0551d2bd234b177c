// Loaded only by the dev server's problem page: reload once the deck loads again.
import { updateEvent } from '../compile/dev-events.ts';

import.meta.hot?.on(updateEvent, () => location.reload());
