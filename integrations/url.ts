/** `text` as an http(s) URL, or null: what an issue reference may be besides a key. */
export function httpUrlOf(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}
