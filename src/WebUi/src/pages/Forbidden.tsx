import { Link } from "../router";

/** A page the signed-in role may not open (the API would answer 403 to its calls too). */
export function Forbidden({ home }: { home: string }) {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Not allowed</h1>
      <p>Your role may not open this page (403).</p>
      <p>
        <Link href={home}>Go to your start page</Link>
      </p>
    </section>
  );
}

export function NotFound({ home }: { home: string }) {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Page not found</h1>
      <p>
        <Link href={home}>Go to your start page</Link>
      </p>
    </section>
  );
}
