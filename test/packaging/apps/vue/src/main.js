import '@hearth/elements/all';

import { createApp } from 'vue';

import App from './App.vue';

createApp(App).mount('#app');
