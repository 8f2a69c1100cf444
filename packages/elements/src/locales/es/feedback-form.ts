import type { FeedbackFormStrings } from '../en/feedback-form.js';
import { strings as base } from './base.js';

/**
 * Spanish strings of the feedback form. A chunk of its own, loaded the first time an element shows
 * Spanish; typed as the English table, so the compiler lists a missing key.
 */
export const strings: FeedbackFormStrings = {
  ...base,
  'feedback.optional': '(opcional)',
  'feedback.anchors': '{min} significa {minLabel}. {max} significa {maxLabel}.',
  'feedback.notSet': 'Sin elegir todavía. Toca la línea o usa las teclas de flecha.',
  'feedback.sliderValue': '{value} de {max}',
  'feedback.characters': '{count} de {max} caracteres',
  'feedback.submit': 'Enviar',
  'feedback.sendLoadFailed':
    'No se envió: una parte de este formulario no se pudo cargar. Revisa tu conexión y vuelve a tocar Enviar. Tus respuestas siguen aquí.',
  'feedback.problems': { one: 'Hay {count} problema con tus respuestas', other: 'Hay {count} problemas con tus respuestas' },
  'feedback.errorChoose': 'Elige una respuesta para «{question}»',
  'feedback.errorMulti': 'Elige al menos una respuesta para «{question}»',
  'feedback.errorSlider': 'Elige un punto en la línea para responder «{question}»',
  'feedback.errorText': 'Escribe una respuesta para «{question}»',
  'feedback.errorPrefix': 'Error:',
  'feedback.sliderHint': 'Cada línea queda sin respuesta hasta que eliges: toca la línea donde está tu respuesta o usa las teclas de flecha.',
  'feedback.flagNote': 'Este formulario no avisa a nadie y nadie lo lee enseguida. Si no estás a salvo o necesitas hablar con alguien ahora, pide ayuda:',
  'feedback.anonymous': 'Tu nombre no se envía con estas respuestas.',
  'feedback.noneNote': 'No se guarda nada en este dispositivo: si cierras esta página antes de enviar, tus respuestas se pierden.',
  'feedback.notSaved': 'No se pudieron guardar tus respuestas en este dispositivo: {reason} Siguen aquí.',
  'feedback.otherTab': 'Estas respuestas también se cambiaron en otra pestaña. Aquí se conservan los cambios de ambas.',
  'feedback.totalLabel': 'Puntuación total',
  'feedback.draftSaved': 'Guardado en este dispositivo hasta que lo envíes.',

  // Sending and the thank-you state (feedback-send.ts, loaded on the first "Send" or when an endpoint is set).
  'feedback.sending': 'Enviando tus respuestas…',
  'feedback.queued':
    'Tus respuestas aún no se enviaron, pero están guardadas en este dispositivo. Seguiremos intentándolo, también la próxima vez que abras esta página. {reason}',
  'feedback.failed': 'Tus respuestas no se enviaron: {reason} Siguen aquí.',
  'feedback.retry': 'Intentar de nuevo',
  'feedback.thanks': 'Gracias por tu opinión.',
  'feedback.sendAnother': 'Enviar otras respuestas',
  'feedback.earlierQueued': 'Hay respuestas que diste antes esperando para enviarse. Seguiremos intentándolo.',
  'feedback.earlierSent': 'Las respuestas que diste antes se enviaron.',
};
