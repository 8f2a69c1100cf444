import type { JournalPromptStrings } from '../en/journal-prompt.js';
import { strings as base } from './base.js';

/**
 * French strings of the journal prompt. A chunk of its own, loaded the first time an element shows
 * French; typed as the English table, so the compiler lists a missing key.
 */
export const strings: JournalPromptStrings = {
  ...base,
  'journal.promptLabel': 'Question',
  'journal.textareaLabel': 'Votre réponse',
  'journal.privateNote':
    'Ce que vous écrivez reste sur cet appareil. Personne n’est alerté par ce que vous écrivez. Toute personne qui utilise cet appareil pourrait le lire.',
  'journal.privateNoteShare':
    'Ce que vous écrivez reste sur cet appareil, sauf si vous choisissez de partager une entrée. Personne n’est alerté par ce que vous écrivez. Toute personne qui utilise cet appareil pourrait le lire.',
  'journal.privateNoteEncrypted':
    'Ce que vous écrivez ici n’est lisible que par vous : c’est verrouillé par votre phrase secrète. Personne n’est alerté par ce que vous écrivez.',
  'journal.privateNoteEncryptedShare':
    'Ce que vous écrivez ici n’est lisible que par vous, sauf si vous choisissez de partager une entrée : c’est verrouillé par votre phrase secrète. Personne n’est alerté par ce que vous écrivez.',
  'journal.words': { one: '{count} mot', other: '{count} mots' },
  'journal.characters': '{count} caractères sur {max}',
  'journal.saved': 'Enregistré sur cet appareil.',
  'journal.notSaved': 'Non enregistré : {reason} Vos mots sont toujours là.',
  'journal.noneNote': 'Rien n’est gardé sur cet appareil : quand vous fermez cette page, vos mots disparaissent.',
  'journal.sessionNote': 'Gardé dans cet onglet seulement, jusqu’à ce que vous le fermiez.',
  'journal.saveEntry': 'Enregistrer l’entrée',
  'journal.entrySaved': 'Entrée enregistrée.',
  'journal.entryDeleted': 'Entrée supprimée.',
  'journal.conflict': 'Ce brouillon a été modifié dans un autre onglet ou une autre fenêtre.',
  'journal.keepMine': 'Garder ce qui est ici',
  'journal.useOther': 'Prendre l’autre version',
  'journal.empty': 'Écrivez quelque chose avant d’enregistrer.',
  'journal.persistRefused':
    'Ce navigateur peut effacer les entrées enregistrées au bout d’un moment (Safari le fait après sept jours sans visite). Exportez-les pour en garder une copie.',
  'journal.framed':
    'Ce journal se trouve dans un cadre venant d’un autre site : votre navigateur garde ses entrées à part des pages du cabinet et peut les effacer plus tôt. Exportez-les pour en garder une copie.',

  // Past entries (journal-history.ts), editing (journal-edit.ts) and "Share with my therapist" (journal-share.ts).
  'journal.history': 'Entrées précédentes',
  'journal.search': 'Rechercher dans vos entrées',
  'journal.noEntries': 'Pas encore d’entrée.',
  'journal.noMatches': 'Aucune entrée ne correspond à votre recherche.',
  'journal.writtenOn': 'Écrite le {date}',
  'journal.notEncrypted':
    'Vous n’avez peut-être pas écrit ceci. Cela a été ajouté sur cet appareil sans votre phrase secrète, donc ce n’est pas protégé comme vos autres entrées. Si ce n’est pas à vous, vous pouvez le supprimer.',
  'journal.delete': 'Supprimer',
  'journal.deleteConfirm': 'Supprimer cette entrée ? C’est définitif.',
  'journal.deleteYes': 'Oui, la supprimer',
  'journal.cancel': 'Annuler',
  'journal.deleteAll': 'Tout supprimer',
  'journal.deleteAllConfirm':
    'Supprimer de cet appareil toutes vos entrées, votre brouillon et les entrées qui attendent encore d’être envoyées ? C’est définitif.',
  'journal.deleteAllYes': 'Oui, tout supprimer',
  'journal.deletedAll': 'Tout a été supprimé de cet appareil.',
  'journal.share': 'Partager avec votre thérapeute',
  'journal.shareIntro': 'Voici exactement ce qui sera envoyé à {practice} :',
  'journal.shareIntroNoName': 'Voici exactement ce qui sera envoyé à votre cabinet :',
  'journal.shareSend': 'L’envoyer',
  'journal.shareState.sending': 'Envoi…',
  'journal.shareState.queued': 'Pas encore envoyé : nous réessaierons. {reason}',
  'journal.shareState.sent':
    'Envoyé. Votre thérapeute ne le lira peut-être pas avant votre prochaine séance. Si vous avez besoin d’aide maintenant, appelez une ligne d’écoute ou le numéro d’urgence de votre région.',
  'journal.shareState.failed': 'Non envoyé : {reason}',
  'journal.shareRetry': 'Réessayer',
  'journal.exportJson': 'Exporter (JSON)',
  'journal.exportText': 'Exporter (texte)',
  'journal.import': 'Importer un export Hearth',
  'journal.manage': 'Gérer votre journal',
  'journal.imported': { one: '{count} entrée importée.', other: '{count} entrées importées.' },
  'journal.importFailed': 'Ce fichier n’est pas un export de journal Hearth. Rien n’a été modifié.',
  'journal.edit': 'Modifier',
  'journal.editLoadFailed': 'Le formulaire de modification n’a pas pu se charger. Vérifiez votre connexion, puis appuyez de nouveau sur Modifier.',
  'journal.saveChanges': 'Enregistrer les modifications',
  'journal.editLabel': 'Texte de l’entrée',
  'journal.tagsLabel': 'Étiquettes (séparées par des virgules)',
  'journal.moodLabel': 'Humeur',
  'journal.mood.none': 'Non indiquée',
  'journal.mood.good': 'Bien',
  'journal.mood.okay': 'Ça va',
  'journal.mood.low': 'Moral bas',
  'journal.mood.anxious': 'Anxiété',
  'journal.mood.angry': 'Colère',
  'journal.mood.numb': 'Émotions éteintes',
  'journal.mood.hopeful': 'Espoir',
  'journal.tags': 'Étiquettes : {tags}',
  'journal.exportTitle': 'Mon journal',
  'journal.entryUpdated': 'Entrée mise à jour.',

  // The passphrase screens (journal-lock.ts, loaded only for an encrypted journal).
  'journal.lock.setupTitle': 'Protégez votre journal avec une phrase secrète',
  'journal.lock.setupIntro': 'Vos entrées seront chiffrées sur cet appareil. Seule une personne qui connaît la phrase pourra les lire.',
  'journal.lock.warning':
    'Si vous oubliez votre phrase et perdez votre code de récupération, personne ne pourra récupérer vos entrées, pas même votre cabinet.',
  'journal.lock.passphrase': 'Phrase secrète',
  'journal.lock.confirm': 'Tapez-la à nouveau',
  'journal.lock.hintShort': 'Trop courte : au moins 8 caractères.',
  'journal.lock.hintOkay': 'Correct. Quelques mots de plus la rendraient plus solide.',
  'journal.lock.hintStrong': 'Solide.',
  'journal.lock.mismatch': 'Les deux phrases ne sont pas identiques.',
  'journal.lock.recoveryOption': 'Créer aussi un code de récupération (recommandé)',
  'journal.lock.turnOn': 'Activer le chiffrement',
  'journal.lock.recoveryTitle': 'Votre code de récupération',
  'journal.lock.recoveryIntro': 'Notez-le ou imprimez-le, et gardez-le en lieu sûr. C’est le seul moyen de revenir si vous oubliez votre phrase.',
  'journal.lock.print': 'Imprimer le code',
  'journal.lock.done': 'Je l’ai mis en lieu sûr',
  'journal.lock.lockedTitle': 'Votre journal est verrouillé',
  'journal.lock.unlock': 'Déverrouiller',
  'journal.lock.wrong': 'Cela ne correspond pas. Rien n’a été modifié.',
  'journal.lock.useRecovery': 'J’ai oublié ma phrase',
  'journal.lock.recoveryCode': 'Code de récupération',
  'journal.lock.newPassphrase': 'Nouvelle phrase secrète',
  'journal.lock.reset': 'Enregistrer la nouvelle phrase',
  'journal.lock.back': 'Retour',
  'journal.lock.lockNow': 'Verrouiller maintenant',
  'journal.lock.conceal': 'Masquer le texte',
  'journal.lock.reveal': 'Afficher le texte',
  'journal.lock.unavailable': 'Le chiffrement demande une connexion sécurisée (HTTPS). Demandez à votre cabinet. D’ici là, rien n’est gardé sur cet appareil.',
  'journal.lock.loadFailed':
    'L’écran de la phrase secrète n’a pas pu être chargé. Vérifiez votre connexion, puis réessayez. D’ici là, rien n’est gardé sur cet appareil.',
  'journal.lock.change': 'Changer la phrase secrète',
  'journal.lock.current': 'Phrase secrète actuelle',
  'journal.lock.changed': 'Votre phrase secrète a été changée.',

  // Encrypted export and import.
  'journal.export.encrypted': 'Exporter (chiffré)',
  'journal.export.passphraseIntro': 'Choisissez une phrase secrète pour ce fichier. Elle sera nécessaire pour l’importer à nouveau.',
  'journal.export.passphrase': 'Phrase secrète du fichier',
  'journal.export.confirm': 'Tapez-la à nouveau',
  'journal.export.mismatch': 'Les deux phrases ne sont pas identiques ou font moins de 8 caractères.',
  'journal.export.go': 'Exporter',
  'journal.import.passphraseIntro': 'Cet export est chiffré. Saisissez sa phrase secrète.',
  'journal.import.go': 'Importer',
  'journal.import.wrong': 'Cette phrase n’ouvre pas ce fichier. Rien n’a été modifié.',
  'journal.import.damaged':
    'Impossible d’ouvrir ce fichier : il est peut-être endommagé, ou ce n’est pas un export du journal. Rien n’a été modifié. Essayez de l’exporter à nouveau.',
  'journal.export.draft': 'Télécharger ce que vous avez écrit',
};
