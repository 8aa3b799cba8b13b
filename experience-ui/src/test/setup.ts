import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '../i18n';

initI18n('en');
// CI shares two cores with a compile: the default second for findBy/waitFor is not always enough.
configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);
