/** Hearth Studio's entry: the page's one element. */
import './studio-app.js';
