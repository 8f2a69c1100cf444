/**
 * The CDN entry (`cdn/hearth.js`): one `<script type="module">` registers every element. Lit and
 * core are bundled in; locales and on-demand content are chunks loaded from beside this file.
 */
import './all.js';
