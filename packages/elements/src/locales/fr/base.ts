import type { BaseStrings } from '../en/base.js';

/**
 * French strings every element shows (errors, crisis resources, quick exit, the disclaimer under a
 * widget). A chunk of its own, loaded the first time an element shows French; typed as the English
 * table, so the compiler lists a missing key.
 */
export const strings: BaseStrings = {
  'error.unexpected': 'Un problème est survenu dans cette partie de la page. Le reste de la page fonctionne toujours.',
  'error.config': 'Cette partie de la page n’est pas bien configurée :',

  'crisis.label': 'Aide en cas de crise',
  'crisis.heading': 'Si vous avez besoin d’aide maintenant',
  'crisis.universal': 'Si vous ou une autre personne êtes en danger immédiat, appelez le numéro d’urgence de votre région.',
  'crisis.emergency': 'En cas d’urgence, appelez le {number}.',
  'crisis.emergencyAlso': 'Vous pouvez aussi appeler le {numbers}.',
  'crisis.compactLead': 'Besoin d’aide maintenant ?',
  'crisis.compactEmergency': 'Urgences : {number}',
  'crisis.compactColon': ' : ',
  'crisis.previewNoRegion':
    'Pour le cabinet (visible seulement en aperçu) : aucune région n’est définie, votre clientèle ne voit donc que « appelez le numéro d’urgence de votre région ». Ajoutez une région, par exemple region="US", à <hearth-provider> pour afficher les lignes d’aide adaptées à votre clientèle.',
  'crisis.call': 'Appeler le {number}',
  'crisis.text': 'Envoyer un SMS au {number}',
  'crisis.website': 'Site web de {name}',
  'crisis.newTab': '(s’ouvre dans un nouvel onglet)',
  'crisis.hours': 'Horaires : {hours}',
  'crisis.languages': 'En {languages}',
  'crisis.answersIn': 'répond en {language}',
  'crisis.planLink': 'Mon plan de sécurité',
  'crisis.lines': { one: '{count} ligne d’écoute', other: '{count} lignes d’écoute' },

  'quickExit.label': 'Sortie rapide',
  'quickExit.hint': 'Quitte cette page tout de suite. Vous pouvez aussi appuyer trois fois sur la touche Maj.',

  'disclaimer.text': 'Cet outil accompagne votre thérapie. Il ne la remplace pas.',
};
