import { AccountCallback } from './account/AccountCallback';
import { AccountPage } from './account/AccountPage';
import { NotFound } from './components/NotFound';
import { DemoCallback } from './demo/DemoCallback';
import { DemoPage } from './demo/DemoPage';
import { ForgotPasswordPage } from './flows/forgot-password/ForgotPasswordPage';
import { pendingInvitation } from './flows/register/invitation';
import { RegisterPage } from './flows/register/RegisterPage';
import { SignInPage } from './flows/sign-in/SignInPage';
import { CallbackPage } from './flows/social/CallbackPage';
import { useCurrentPath } from './navigation';
import { Redirect } from './navigation/Redirect';

// The server serves the app at each of these paths; a path lookup is all the routing needed.
const routes: Record<string, () => React.JSX.Element> = {
  // An invitation link opened with no sign-in under way went through its application, which
  // started one here: the invitee registers.
  '/sign-in': () => (pendingInvitation() ? <Redirect to="/register" /> : <SignInPage />),
  '/register': () => <RegisterPage />,
  '/forgot-password': () => <ForgotPasswordPage />,
  '/demo': () => <DemoPage />,
  '/demo/callback': () => <DemoCallback />,
  // The account pages: an OIDC client of this same server (`gatehouse-account`).
  '/account': () => <AccountPage />,
  '/account/callback': () => <AccountCallback />,
};

/** Where an external provider sends the browser back: `/callback/{connectorId}`. */
const CALLBACK_PREFIX = '/callback/';

/** A page whose path carries a parameter. */
function parameterized(path: string): React.JSX.Element | undefined {
  if (!path.startsWith(CALLBACK_PREFIX)) return undefined;
  const id = path.slice(CALLBACK_PREFIX.length);
  if (!id || id.includes('/')) return undefined;
  let connectorId: string;
  try {
    connectorId = decodeURIComponent(id);
  } catch {
    return undefined;
  }
  return <CallbackPage key={connectorId} connectorId={connectorId} />;
}

/** `path`: for tests; otherwise the address bar's, following in-app navigation. */
export function App({ path }: { path?: string }) {
  const current = useCurrentPath();
  const shown = path ?? current;
  const normalized = shown.length > 1 ? shown.replace(/\/+$/, '') : shown;
  const page = routes[normalized];
  return page ? page() : (parameterized(normalized) ?? <NotFound />);
}
