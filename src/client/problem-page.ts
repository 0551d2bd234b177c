// Loaded only by the dev server's problem page: reload once the deck loads again.
import { updateEvent } from './live-reload.ts';

import.meta.hot?.on(updateEvent, () => location.reload());
