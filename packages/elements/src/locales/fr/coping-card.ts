import type { CopingCardStrings } from '../en/coping-card.js';
import { strings as base } from './base.js';

/**
 * French strings of the coping card. A chunk of its own, loaded the first time an element shows
 * French; typed as the English table, so the compiler lists a missing key.
 */
export const strings: CopingCardStrings = {
  ...base,
  'coping.whenToUse': 'Quand l’utiliser',
  'coping.steps': 'Étapes',
  'coping.approach': 'D’où cela vient',
  'coping.startBreathing': 'Commencer à respirer',
  'coping.startSteps': 'Étape par étape',
  'coping.startTimer': 'Lancer le minuteur',
  'coping.stop': 'Arrêter',
  'coping.exerciseLoadFailed': 'L’exercice n’a pas pu être chargé. Vérifiez votre connexion, puis réessayez.',
  'coping.tryAgain': 'Réessayer',
  'coping.phaseIn': 'Inspirez',
  'coping.phaseHold': 'Retenez',
  'coping.phaseOut': 'Expirez',
  'coping.phaseRest': 'Repos',
  'coping.phaseAnnounce': { one: '{phase} pendant {count} seconde', other: '{phase} pendant {count} secondes' },
  'coping.paused': 'En pause. Appuyez sur Reprendre quand vous le souhaitez.',
  'coping.complete': 'L’exercice est terminé.',
  'coping.completeStillStrong': 'Le temps est écoulé et l’envie est toujours forte. C’est difficile, et ce n’est pas un échec.',
  'coping.reachOut':
    'Vous n’avez pas à traverser cela sans soutien : contactez maintenant une personne de confiance, votre thérapeute ou l’une des lignes ci-dessous.',
  'coping.stopped': 'Exercice arrêté. Vous pouvez recommencer quand vous le souhaitez.',
  'coping.checkIn': 'Point d’étape : l’envie a-t-elle diminué ?',
  'coping.ratedHelpful': 'Noté : celle-ci vous aide.',
  'coping.hiddenLine': '{title} est masquée.',
  'coping.showAgain': 'Afficher à nouveau',
  'coping.removeStep': 'Retirer : {step}',
  'coping.deckLabel': 'Stratégies d’adaptation',
  'coping.deckPrev': 'Stratégie précédente',
  'coping.deckNext': 'Stratégie suivante',
  'coping.deckPosition': 'Stratégie {current} sur {total} : {title}',
  'coping.hiddenCount': { one: '{count} stratégie masquée', other: '{count} stratégies masquées' },
  'coping.allHidden': 'Vous avez masqué toutes les stratégies ici.',
  'coping.loading': 'Chargement…',

  // The guided exercise: the step walk, breathing, the timer (exercise-view.ts, loaded on first use).
  'coping.next': 'Étape suivante',
  'coping.back': 'Étape précédente',
  'coping.finish': 'Terminer',
  'coping.stepOf': 'Étape {current} sur {total}',
  'coping.pause': 'Pause',
  'coping.resume': 'Reprendre',
  'coping.round': 'Tour {current} sur {total}',
  'coping.pausedHidden': 'En pause pendant que la page n’était pas visible. Appuyez sur Reprendre quand vous le souhaitez.',
  'coping.timeLeft': { one: '{count} minute restante', other: '{count} minutes restantes' },
  'coping.underAMinute': 'Moins d’une minute restante',
  'coping.checkInYes': 'Oui, elle a diminué',
  'coping.checkInNo': 'Pas encore, je continue',

  // Rating, saving, own steps, printing (coping-choices.ts).
  'coping.helped': 'Cela m’a fait du bien',
  'coping.notForMe': 'Pas pour moi',
  'coping.didThatHelp': 'Cela vous a-t-il fait du bien ?',
  'coping.save': 'Ajouter à ma liste',
  'coping.saved': 'Dans ma liste',
  'coping.addStepLabel': 'Ajoutez votre propre étape',
  'coping.addStep': 'Ajouter l’étape',
  'coping.print': 'Imprimer une carte de poche',
  'coping.keptOnDevice': 'Vos choix restent uniquement sur cet appareil.',
  'coping.notSaved': 'Non enregistré : {reason} Cela fonctionne quand même sur cette page.',
};
