import type { FeedbackFormStrings } from '../en/feedback-form.js';
import { strings as base } from './base.js';

/**
 * French strings of the feedback form. A chunk of its own, loaded the first time an element shows
 * French; typed as the English table, so the compiler lists a missing key.
 */
export const strings: FeedbackFormStrings = {
  ...base,
  'feedback.optional': '(facultatif)',
  'feedback.anchors': '{min} veut dire {minLabel}. {max} veut dire {maxLabel}.',
  'feedback.notSet': 'Pas encore choisi. Touchez la ligne ou utilisez les flèches du clavier.',
  'feedback.sliderValue': '{value} sur {max}',
  'feedback.characters': '{count} caractères sur {max}',
  'feedback.submit': 'Envoyer',
  'feedback.sendLoadFailed':
    'Non envoyé : une partie de ce formulaire n’a pas pu se charger. Vérifiez votre connexion, puis appuyez de nouveau sur Envoyer. Vos réponses sont toujours là.',
  'feedback.problems': { one: 'Il y a {count} problème dans vos réponses', other: 'Il y a {count} problèmes dans vos réponses' },
  'feedback.errorChoose': 'Choisissez une réponse à « {question} »',
  'feedback.errorMulti': 'Choisissez au moins une réponse à « {question} »',
  'feedback.errorSlider': 'Choisissez un point sur la ligne pour répondre à « {question} »',
  'feedback.errorText': 'Écrivez une réponse à « {question} »',
  'feedback.errorPrefix': 'Erreur :',
  'feedback.sliderHint':
    'Chaque ligne reste sans réponse tant que vous n’avez pas choisi : touchez la ligne à l’endroit de votre réponse, ou utilisez les flèches du clavier.',
  'feedback.flagNote':
    'Ce formulaire ne prévient personne, et personne ne le lit tout de suite. Si vous n’êtes pas en sécurité ou avez besoin de parler à quelqu’un maintenant, demandez de l’aide :',
  'feedback.anonymous': 'Votre nom n’est pas envoyé avec ces réponses.',
  'feedback.noneNote': 'Rien n’est gardé sur cet appareil : si vous fermez cette page avant d’envoyer, vos réponses sont perdues.',
  'feedback.notSaved': 'Vos réponses n’ont pas pu être gardées sur cet appareil : {reason} Elles sont toujours là.',
  'feedback.otherTab': 'Ces réponses ont aussi été modifiées dans un autre onglet. Les deux séries de modifications sont gardées ici.',
  'feedback.totalLabel': 'Score total',
  'feedback.draftSaved': 'Gardé sur cet appareil jusqu’à ce que vous l’envoyiez.',

  // Sending and the thank-you state (feedback-send.ts, loaded on the first "Send" or when an endpoint is set).
  'feedback.sending': 'Envoi de vos réponses…',
  'feedback.queued':
    'Vos réponses ne sont pas encore envoyées, mais elles sont gardées sur cet appareil. Nous continuerons d’essayer, aussi la prochaine fois que vous ouvrirez cette page. {reason}',
  'feedback.failed': 'Vos réponses n’ont pas été envoyées : {reason} Elles sont toujours là.',
  'feedback.retry': 'Réessayer',
  'feedback.thanks': 'Merci pour votre retour.',
  'feedback.sendAnother': 'En envoyer un autre',
  'feedback.earlierQueued': 'Des réponses que vous avez données plus tôt attendent d’être envoyées. Nous continuerons d’essayer.',
  'feedback.earlierSent': 'Les réponses que vous avez données plus tôt ont été envoyées.',
};
