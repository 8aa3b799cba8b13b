import { NotFound } from './components/NotFound';
import { DemoCallback } from './demo/DemoCallback';
import { DemoPage } from './demo/DemoPage';
import { RegisterPage } from './flows/register/RegisterPage';
import { SignInPage } from './flows/sign-in/SignInPage';

// Every page is reached by a full navigation from the server, so a path lookup is all the routing needed.
const routes: Record<string, () => React.JSX.Element> = {
  '/sign-in': () => <SignInPage />,
  '/register': () => <RegisterPage />,
  '/demo': () => <DemoPage />,
  '/demo/callback': () => <DemoCallback />,
};

export function App({ path = window.location.pathname }: { path?: string }) {
  const normalized = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const page = routes[normalized];
  return page ? page() : <NotFound />;
}
