/** Any path the app does not know. */
import { PageHeader } from '../components/PageHeader';
import { Link } from '../router/Link';

export function NotFoundPage() {
  return (
    <PageHeader title="Page not found" lead="There is no page at this address. It may have moved, or the link may be wrong.">
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </PageHeader>
  );
}
