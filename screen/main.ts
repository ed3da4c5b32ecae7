import { createPinia } from 'pinia';
import { createApp } from 'vue';
// Bundled faces: the hall's network may have no internet, so no font CDN.
import '@fontsource-variable/noto-sans-sc/index.css';
import '@fontsource/rajdhani/latin-600.css';
import '@fontsource/rajdhani/latin-700.css';
import './styles/theme.css';
import App from './App.vue';

createApp(App).use(createPinia()).mount('#app');
