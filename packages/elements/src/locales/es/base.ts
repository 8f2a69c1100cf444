import type { BaseStrings } from '../en/base.js';

/**
 * Spanish strings every element shows (errors, crisis resources, quick exit, the disclaimer under
 * a widget). A chunk of its own, loaded the first time an element shows Spanish; typed as the
 * English table, so the compiler lists a missing key.
 */
export const strings: BaseStrings = {
  'error.unexpected': 'Algo salió mal en esta parte de la página. El resto de la página sigue funcionando.',
  'error.config': 'Esta parte de la página no está bien configurada:',

  'crisis.label': 'Apoyo en crisis',
  'crisis.heading': 'Si necesitas ayuda ahora',
  'crisis.universal': 'Si tú u otra persona están en peligro inmediato, llama al número de emergencias de tu zona.',
  'crisis.emergency': 'En una emergencia, llama al {number}.',
  'crisis.emergencyAlso': 'También puedes llamar al {numbers}.',
  'crisis.compactLead': '¿Necesitas ayuda ahora?',
  'crisis.compactEmergency': 'Emergencias: {number}',
  'crisis.compactColon': ': ',
  'crisis.previewNoRegion':
    'Para la consulta (solo se ve en la vista previa): no hay ninguna región configurada, así que los clientes solo ven «llama al número de emergencias de tu zona». Agrega una región, por ejemplo region="US", a <hearth-provider> para mostrar las líneas de crisis de tus clientes.',
  'crisis.call': 'Llamar al {number}',
  'crisis.text': 'Enviar un mensaje de texto al {number}',
  'crisis.website': 'Sitio web de {name}',
  'crisis.newTab': '(se abre en una pestaña nueva)',
  'crisis.hours': 'Horario: {hours}',
  'crisis.languages': 'En {languages}',
  'crisis.answersIn': 'atiende en {language}',
  'crisis.planLink': 'Mi plan de seguridad',
  'crisis.lines': { one: '{count} línea de apoyo', other: '{count} líneas de apoyo' },

  'quickExit.label': 'Salida rápida',
  'quickExit.hint': 'Sale de esta página al instante. También puedes presionar la tecla Mayús (Shift) tres veces.',

  'disclaimer.text': 'Esta herramienta apoya tu terapia. No la sustituye.',
};
