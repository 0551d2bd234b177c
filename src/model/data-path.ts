/** A place inside a file's value: object keys and 0-based list positions, e.g. ['slides', 3, 'data']. */
export type DataPath = (string | number)[];
