/** The `ETag` of a single-resource response; the API sends one with every resource it returns. */
export function etagOf(response: Response): string {
  const etag = response.headers.get("ETag");
  if (!etag) {
    throw new Error(`${response.url} answered without an ETag (is it exposed to this origin by CORS?)`);
  }
  return etag;
}

/** Headers that make an update or delete apply only to the version the caller saw (else 412). */
export function ifMatch(etag: string): { "If-Match": string } {
  return { "If-Match": etag };
}
