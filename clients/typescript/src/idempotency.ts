/**
 * Headers that make a POST safe to retry: the API replays the first answer for the same key and
 * body for 24 hours. Make one key per user action and reuse it for that action's retries.
 */
export function idempotencyKey(key: string = crypto.randomUUID()): { "Idempotency-Key": string } {
  return { "Idempotency-Key": key };
}
