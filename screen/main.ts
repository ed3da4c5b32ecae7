import { createPinia } from 'pinia';
import { createApp, defineAsyncComponent } from 'vue';
// Bundled faces: the hall's network may have no internet, so no font CDN.
import '@fontsource-variable/noto-sans-sc/index.css';
import '@fontsource/rajdhani/latin-600.css';
import '@fontsource/rajdhani/latin-700.css';
import './styles/theme.css';
import App from './App.vue';

/**
 * One build serves five pages: the wall (every other path, in the main
 * bundle, so that its first figure is not one more round trip away), and the
 * presenter console, the admin page, the operator desk and the touch kiosk,
 * each loaded only where it is used.
 */
const pages = {
  '/console': defineAsyncComponent(() => import('./console/ConsoleApp.vue')),
  '/admin': defineAsyncComponent(() => import('./admin/AdminApp.vue')),
  '/desk': defineAsyncComponent(() => import('./desk/DeskApp.vue')),
  '/kiosk': defineAsyncComponent(() => import('./kiosk/KioskApp.vue')),
};

const path = window.location.pathname.replace(/\/+$/, '') as keyof typeof pages;
createApp(pages[path] ?? App)
  .use(createPinia())
  .mount('#app');
