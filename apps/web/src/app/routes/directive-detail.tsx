import '../../locales/directives';
import { useParams } from 'react-router';
import { DirectiveDetailScreen } from '../../features/directives/screens/directive-detail-screen';
import { NotFound } from './not-found';

/** `/directives/:id`; a directive outside the reader's scope is "not found" to them, as the API says. */
export function Component() {
  const { id = '' } = useParams();
  return <DirectiveDetailScreen key={id} id={id} notFound={<NotFound />} />;
}
