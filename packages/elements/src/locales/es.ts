import type { UiStrings } from './en.js';

/** Spanish UI strings. */
export const es: UiStrings = {
  'error.unexpected': 'Algo salió mal en esta parte de la página. El resto de la página sigue funcionando.',
  'error.config': 'Esta parte de la página no está bien configurada:',

  'crisis.label': 'Apoyo en crisis',
  'crisis.heading': 'Si necesitas ayuda ahora',
  'crisis.universal': 'Si tú u otra persona están en peligro inmediato, llama al número de emergencias de tu zona.',
  'crisis.emergency': 'En una emergencia, llama al {number}.',
  'crisis.emergencyAlso': 'También puedes llamar al {numbers}.',
  'crisis.compactLead': '¿Necesitas ayuda ahora?',
  'crisis.compactEmergency': 'Emergencias: {number}',
  'crisis.call': 'Llamar al {number}',
  'crisis.text': 'Enviar un mensaje al {number}',
  'crisis.website': 'Sitio web de {name}',
  'crisis.newTab': '(se abre en una pestaña nueva)',
  'crisis.hours': 'Horario: {hours}',
  'crisis.languages': 'En {languages}',
  'crisis.lines': {
    one: '{count} línea de apoyo',
    other: '{count} líneas de apoyo',
  },

  'quickExit.label': 'Salida rápida',
  'quickExit.hint': 'Sale de esta página al instante. También puedes pulsar la tecla Mayúsculas tres veces.',
};
