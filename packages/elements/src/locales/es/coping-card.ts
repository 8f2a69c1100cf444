import type { CopingCardStrings } from '../en/coping-card.js';
import { strings as base } from './base.js';

/**
 * Spanish strings of the coping card. A chunk of its own, loaded the first time an element shows
 * Spanish; typed as the English table, so the compiler lists a missing key.
 */
export const strings: CopingCardStrings = {
  ...base,
  'coping.whenToUse': 'Cuándo usarla',
  'coping.steps': 'Pasos',
  'coping.approach': 'De dónde viene',
  'coping.startBreathing': 'Empezar a respirar',
  'coping.startSteps': 'Ir paso a paso',
  'coping.startTimer': 'Iniciar el temporizador',
  'coping.stop': 'Detener',
  'coping.exerciseLoadFailed': 'No se pudo cargar el ejercicio. Revisa tu conexión y vuelve a intentarlo.',
  'coping.tryAgain': 'Intentar de nuevo',
  'coping.phaseIn': 'Inhala',
  'coping.phaseHold': 'Retén el aire',
  'coping.phaseOut': 'Exhala',
  'coping.phaseRest': 'Descansa',
  'coping.phaseAnnounce': { one: '{phase} durante {count} segundo', other: '{phase} durante {count} segundos' },
  'coping.paused': 'En pausa. Presiona Seguir cuando quieras.',
  'coping.complete': 'Llegaste al final del ejercicio.',
  'coping.completeStillStrong': 'Se acabó el tiempo y el impulso sigue fuerte. Es difícil, y no es un fracaso.',
  'coping.reachOut': 'Por favor, no te quedes a solas con esto. Comunícate ahora con alguien de confianza, con tu terapeuta o con una de las líneas de abajo.',
  'coping.stopped': 'Detenido. Puedes volver a empezar cuando quieras.',
  'coping.checkIn': 'Un momento para revisar: ¿ya bajó el impulso?',
  'coping.ratedHelpful': 'Anotado: esta te ayuda.',
  'coping.hiddenLine': '{title} está oculta.',
  'coping.showAgain': 'Mostrar de nuevo',
  'coping.removeStep': 'Quitar: {step}',
  'coping.deckLabel': 'Estrategias de afrontamiento',
  'coping.deckPrev': 'Estrategia anterior',
  'coping.deckNext': 'Estrategia siguiente',
  'coping.deckPosition': 'Estrategia {current} de {total}: {title}',
  'coping.hiddenCount': { one: '{count} estrategia oculta', other: '{count} estrategias ocultas' },
  'coping.allHidden': 'Ocultaste todas las estrategias de aquí.',
  'coping.loading': 'Cargando…',

  // The guided exercise: the step walk, breathing, the timer (exercise-view.ts, loaded on first use).
  'coping.next': 'Paso siguiente',
  'coping.back': 'Paso anterior',
  'coping.finish': 'Terminar',
  'coping.stepOf': 'Paso {current} de {total}',
  'coping.pause': 'Pausar',
  'coping.resume': 'Seguir',
  'coping.round': 'Ronda {current} de {total}',
  'coping.pausedHidden': 'En pausa mientras la página no estaba a la vista. Presiona Seguir cuando quieras.',
  'coping.timeLeft': { one: 'Queda {count} minuto', other: 'Quedan {count} minutos' },
  'coping.underAMinute': 'Queda menos de un minuto',
  'coping.checkInYes': 'Sí, ya bajó',
  'coping.checkInNo': 'Todavía no, sigo',

  // Rating, saving, own steps, printing (coping-choices.ts).
  'coping.helped': 'Me ayudó',
  'coping.notForMe': 'No es para mí',
  'coping.didThatHelp': '¿Te ayudó?',
  'coping.save': 'Guardar en mi lista',
  'coping.saved': 'Guardada en mi lista',
  'coping.addStepLabel': 'Agrega un paso propio',
  'coping.addStep': 'Agregar paso',
  'coping.print': 'Imprimir una tarjeta de bolsillo',
  'coping.keptOnDevice': 'Tus elecciones se guardan solo en este dispositivo.',
  'coping.notSaved': 'No se guardó: {reason} Sigue funcionando en esta página.',
};
