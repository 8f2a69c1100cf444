import type { SafetyPlanStrings } from '../en/safety-plan.js';
import { strings as base } from './base.js';

/**
 * French strings of the safety plan. A chunk of its own, loaded the first time an element shows
 * French; typed as the English table, so the compiler lists a missing key.
 */
export const strings: SafetyPlanStrings = {
  ...base,
  'plan.label': 'Mon plan de sécurité',
  'plan.keptOnDevice':
    'Votre plan reste uniquement sur cet appareil. Toute personne qui utilise cet appareil pourrait le voir. Personne n’est alerté par ce que vous écrivez ici.',
  'plan.keptShare':
    'Votre plan reste uniquement sur cet appareil, sauf si vous choisissez de le partager. Toute personne qui utilise cet appareil pourrait le voir. Personne n’est alerté par ce que vous écrivez ici.',
  'plan.noneNote':
    'Rien n’est gardé : votre plan disparaît quand vous fermez ou rechargez cette page. Imprimez-le ou enregistrez-le dans un fichier pour le garder. Personne n’est alerté par ce que vous écrivez ici.',
  'plan.sessionNote': 'Votre plan est gardé seulement jusqu’à la fermeture de cet onglet. Imprimez-le ou enregistrez-le dans un fichier pour le garder.',
  'plan.example': 'Par exemple : {example}',

  // Printing (safety-plan-print.ts, loaded when the client prints).
  'plan.printPage': 'Imprimer mon plan',
  'plan.printCard': 'Imprimer une carte de poche',
  'plan.printedOn': 'Imprimé le {date}',
  'plan.printBlocked': 'La fenêtre d’impression n’a pas pu s’ouvrir. Autorisez les fenêtres pop-up pour ce site, puis réessayez.',

  // The crisis view.
  'plan.openCrisis': 'Utiliser mon plan maintenant',
  'plan.crisisTitle': 'Mon plan de sécurité',
  'plan.crisisIntro': 'Une étape à la fois. Vous pouvez passer à n’importe quelle étape, et de l’aide est toujours proposée plus bas.',
  'plan.stepOf': 'Étape {step} sur {count}',
  'plan.next': 'Étape suivante',
  'plan.previous': 'Étape précédente',
  'plan.closeCrisis': 'Retour à mon plan',
  'plan.allSteps': 'Toutes les étapes',
  'plan.emptySection': 'Rien d’écrit ici pour l’instant.',

  // Editing a section.
  'plan.addLabel': 'Ajouter à « {section} »',
  'plan.add': 'Ajouter',
  'plan.phoneLabel': 'Numéro de téléphone (facultatif)',
  'plan.call': 'Appeler {name} : {number}',
  'plan.edit': 'Modifier',
  /** A button's name on an item: its visible text, then what it acts on. */
  'plan.itemAction': '{action} : {text}',
  'plan.editText': 'Modifiez le texte',
  'plan.save': 'Enregistrer',
  'plan.cancel': 'Annuler',
  'plan.moveUp': 'Vers le haut',
  'plan.moveDown': 'Vers le bas',
  'plan.remove': 'Retirer',
  'plan.moved': 'Maintenant en position {place} sur {count}.',
  'plan.added': 'Ajouté au plan.',
  'plan.removed': 'Retiré : « {text} ».',
  'plan.undo': 'Annuler le retrait',
  'plan.restored': 'Remis en place.',
  'plan.emptyText': 'Écrivez d’abord quelque chose.',
  'plan.storageMissing':
    'Votre plan n’a pas pu s’ouvrir sur cet appareil, car une partie de cette page ne s’est pas chargée. Vérifiez votre connexion, puis appuyez sur Réessayer. En attendant, ce que vous ajoutez n’est pas gardé.',
  'plan.tryAgain': 'Réessayer',
  'plan.phoneInvalid': 'Ce numéro ne peut pas être appelé. Utilisez seulement des chiffres, des espaces et + ( ) - .',
  'plan.full': 'Cette partie du plan est complète ({count} lignes). Retirez une ligne pour en ajouter une autre.',

  // The professionals section.
  'plan.practiceContacts': 'De votre cabinet',
  'plan.addContact': 'Ajouter {name} à mon plan',
  'plan.contactAdded': '{name} est dans votre plan.',

  // Coping strategies linked to a section.
  'plan.strategies': 'Stratégies d’adaptation',
  'plan.addStrategy': 'Lier une stratégie d’adaptation',
  'plan.chooseStrategy': 'Choisissez une stratégie',
  'plan.link': 'La lier',
  'plan.openStrategy': 'Ouvrir « {title} »',
  'plan.closeStrategy': 'Fermer « {title} »',
  'plan.unlink': 'Retirer le lien',

  // Saving.
  'plan.saved': 'Enregistré sur cet appareil.',
  'plan.notSaved': 'Non enregistré : {reason} Votre plan est toujours à l’écran. Imprimez-le ou enregistrez-le dans un fichier pour ne pas le perdre.',
  'plan.persistRefused':
    'Ce navigateur peut effacer ce qui est enregistré ici (par exemple après des jours sans visite). Imprimez votre plan ou enregistrez-le dans un fichier pour en garder une copie.',
  'plan.framed': 'Ce plan est gardé à part des pages du cabinet, car il s’affiche à l’intérieur d’un autre site web.',
  'plan.conflict': 'Votre plan a été modifié dans un autre onglet. Quelle version voulez-vous garder ?',
  'plan.keepMine': 'Garder celle-ci',
  'plan.useOther': 'Prendre l’autre',

  // Managing the plan.
  'plan.manage': 'Gérer mon plan',
  'plan.footerLink': 'Afficher un lien vers mon plan à côté des lignes d’écoute, dans les autres outils de ce site',
  'plan.footerLinkNote': 'C’est désactivé tant que vous ne l’activez pas, car toute personne qui utilise cet appareil verrait que vous avez un plan.',
  'plan.deleteAll': 'Tout supprimer',
  'plan.deleteAllConfirm': 'Supprimer tout votre plan de cet appareil ? C’est définitif.',
  'plan.deleteAllYes': 'Oui, le supprimer',
  'plan.deletedAll': 'Votre plan a été supprimé de cet appareil.',

  // Saving a copy as a file, and importing one ("Manage my plan").
  'plan.exportJson': 'Enregistrer dans un fichier (JSON)',
  'plan.exportText': 'Enregistrer en texte',
  'plan.import': 'Importer un fichier de plan Hearth',
  'plan.imported': {
    one: '{count} nouvel élément ajouté à votre plan. Rien de ce qu’il contenait n’a été modifié.',
    other: '{count} nouveaux éléments ajoutés à votre plan. Rien de ce qu’il contenait n’a été modifié.',
  },
  'plan.importNothingNew': 'Tout ce que contient ce fichier est déjà dans votre plan. Rien n’a été modifié.',
  'plan.importFailed': 'Ce fichier n’est pas un plan de sécurité Hearth. Rien n’a été modifié.',
  'plan.importTooBig': 'Ce fichier est trop volumineux pour être un plan de sécurité Hearth. Rien n’a été modifié.',
  'plan.importFull': 'Avec ce fichier, une partie de votre plan serait trop longue. Rien n’a été modifié. Retirez quelques lignes, puis réessayez.',
  'plan.exportEncrypted': 'Enregistrer dans un fichier chiffré (JSON)',
  'plan.fileIntro': 'Choisissez une phrase secrète pour ce fichier. Il vous la faudra pour l’importer à nouveau. Sans elle, personne ne peut lire le fichier.',
  'plan.filePassphrase': 'Phrase secrète du fichier',
  'plan.fileConfirm': 'Tapez-la à nouveau',
  'plan.fileMismatch': 'Les deux phrases secrètes ne sont pas identiques, ou font moins de 8 caractères.',
  'plan.fileSave': 'Enregistrer le fichier',
  'plan.fileUnavailable': 'Les fichiers chiffrés demandent une connexion sécurisée (HTTPS). Demandez à votre cabinet. Rien n’a été modifié.',
  'plan.importPassphraseIntro': 'Ce fichier est chiffré. Entrez la phrase secrète choisie lors de son enregistrement.',
  'plan.importGo': 'Importer',
  'plan.importWrong': 'Cette phrase secrète n’ouvre pas ce fichier. Rien n’a été modifié.',
  'plan.importDamaged': 'Impossible d’ouvrir ce fichier : il est peut-être abîmé, ou ce n’est pas un plan de sécurité Hearth. Rien n’a été modifié.',
  /** In the text file, under its heading. */
  'plan.exportUpdated': 'Dernière modification : {date}',
  /** The last line of the text file. */
  'plan.exportHelp': 'Si vous avez besoin d’aide maintenant, appelez une ligne d’écoute ou le numéro d’urgence de votre région.',
  'plan.deleteAllShares':
    'Supprimer tout votre plan de cet appareil, ainsi que la copie qui attend encore d’être envoyée à votre thérapeute ? C’est définitif.',

  // Sharing with the therapist (only with an endpoint).
  'plan.share': 'Partager avec votre thérapeute',
  'plan.shareIntro': 'Voici exactement ce qui sera envoyé à {practice} :',
  'plan.shareIntroNoName': 'Voici exactement ce qui sera envoyé à votre cabinet :',
  'plan.shareCopy':
    'Une copie de votre plan tel qu’il est maintenant sera envoyée. Les changements faits ensuite ne sont envoyés que si vous le partagez à nouveau.',
  'plan.shareSend': 'L’envoyer',
  'plan.shareState.sending': 'Envoi…',
  'plan.shareState.queued': 'Pas encore envoyé : nous réessaierons. {reason}',
  'plan.shareState.sent':
    'Envoyé. Votre thérapeute ne le lira peut-être pas avant votre prochaine séance. Si vous avez besoin d’aide maintenant, appelez une ligne d’écoute ou le numéro d’urgence de votre région.',
  'plan.shareState.failed': 'Non envoyé : {reason}',
  'plan.shareRetry': 'Réessayer',

  // The passphrase screens of a plan with `encrypt` (passphrase-lock/, loaded only then), and what a locked plan shows.
  'plan.lock.setupTitle': 'Protégez votre plan avec une phrase secrète',
  'plan.lock.setupIntro':
    'Votre plan sera chiffré sur cet appareil. Seule une personne qui connaît la phrase pourra le lire. Les lignes d’écoute et les contacts de votre cabinet restent visibles quand il est verrouillé.',
  'plan.lock.warning': 'Si vous oubliez votre phrase et perdez votre code de récupération, personne ne pourra récupérer votre plan, pas même votre thérapeute.',
  'plan.lock.passphrase': 'Phrase secrète',
  'plan.lock.confirm': 'Tapez-la à nouveau',
  'plan.lock.hintShort': 'Trop courte : au moins 8 caractères.',
  'plan.lock.hintOkay': 'Correct. Quelques mots de plus la rendraient plus solide.',
  'plan.lock.hintStrong': 'Solide.',
  'plan.lock.mismatch': 'Les deux phrases ne sont pas identiques.',
  'plan.lock.recoveryOption': 'Créer aussi un code de récupération (recommandé)',
  'plan.lock.turnOn': 'Activer le chiffrement',
  'plan.lock.recoveryTitle': 'Votre code de récupération',
  'plan.lock.recoveryIntro': 'Notez-le ou imprimez-le, et gardez-le en lieu sûr. C’est le seul moyen de revenir à votre plan si vous oubliez votre phrase.',
  'plan.lock.print': 'Imprimer le code',
  'plan.lock.done': 'Je l’ai mis en lieu sûr',
  'plan.lock.lockedTitle': 'Votre plan est verrouillé',
  'plan.lock.unlock': 'Déverrouiller',
  'plan.lock.wrong': 'Cela ne correspond pas. Rien n’a été modifié.',
  'plan.lock.useRecovery': 'J’ai oublié ma phrase',
  'plan.lock.recoveryCode': 'Code de récupération',
  'plan.lock.newPassphrase': 'Nouvelle phrase secrète',
  'plan.lock.reset': 'Enregistrer la nouvelle phrase',
  'plan.lock.back': 'Retour',
  'plan.lock.lockNow': 'Verrouiller maintenant',
  'plan.lock.conceal': 'Masquer le texte',
  'plan.lock.reveal': 'Afficher le texte',
  'plan.lock.unavailable': 'Le chiffrement demande une connexion sécurisée (HTTPS). Demandez à votre cabinet. D’ici là, rien n’est gardé sur cet appareil.',
  'plan.lock.change': 'Changer la phrase secrète',
  'plan.lock.current': 'Phrase secrète actuelle',
  'plan.lock.changed': 'Votre phrase secrète a été changée.',
  'plan.lock.keptOnDevice':
    'Votre plan reste uniquement sur cet appareil, protégé par votre phrase secrète. Personne n’est alerté par ce que vous écrivez ici.',
  'plan.lock.keptShare':
    'Votre plan reste uniquement sur cet appareil, protégé par votre phrase secrète, sauf si vous choisissez de le partager. Personne n’est alerté par ce que vous écrivez ici.',
  'plan.lock.helpTitle': 'De l’aide, dès maintenant',
  'plan.lock.helpIntro': 'Pas besoin de votre phrase secrète pour y accéder.',
  'plan.lock.startOver':
    'Si vous avez oublié votre phrase et perdu votre code de récupération, vous pouvez supprimer le plan verrouillé et en créer un nouveau. Votre thérapeute peut vous y aider.',
  'plan.lock.loadFailed':
    'L’écran de la phrase secrète n’a pas pu être chargé. Vérifiez votre connexion, puis réessayez. D’ici là, rien n’est gardé sur cet appareil.',
  'plan.lock.retry': 'Réessayer',
  'plan.lock.sealedElsewhere':
    'Votre plan est protégé par une phrase secrète sur une autre page. Ouvrez-le sur cette autre page pour le voir ou le modifier. Ce que vous écrivez ici n’est pas enregistré.',
};
