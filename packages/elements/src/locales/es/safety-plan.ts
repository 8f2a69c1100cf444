import type { SafetyPlanStrings } from '../en/safety-plan.js';
import { strings as base } from './base.js';

/**
 * Spanish strings of the safety plan. A chunk of its own, loaded the first time an element shows
 * Spanish; typed as the English table, so the compiler lists a missing key.
 */
export const strings: SafetyPlanStrings = {
  ...base,
  'plan.label': 'Mi plan de seguridad',
  'plan.keptOnDevice':
    'Tu plan se guarda solo en este dispositivo. Cualquier persona que use este dispositivo podría verlo. Nadie recibe un aviso por lo que escribes aquí.',
  'plan.keptShare':
    'Tu plan se guarda solo en este dispositivo, a menos que decidas compartirlo. Cualquier persona que use este dispositivo podría verlo. Nadie recibe un aviso por lo que escribes aquí.',
  'plan.noneNote':
    'No se guarda nada: tu plan se pierde al cerrar o recargar esta página. Imprímelo o guárdalo como archivo para conservarlo. Nadie recibe un aviso por lo que escribes aquí.',
  'plan.sessionNote': 'Tu plan se guarda solo hasta que cierres esta pestaña. Imprímelo o guárdalo como archivo para conservarlo.',
  'plan.example': 'Por ejemplo: {example}',

  // Printing (safety-plan-print.ts, loaded when the client prints).
  'plan.printPage': 'Imprimir mi plan',
  'plan.printCard': 'Imprimir una tarjeta para la cartera',
  'plan.printedOn': 'Impreso el {date}',
  'plan.printBlocked': 'No se pudo abrir la ventana para imprimir. Permite las ventanas emergentes en este sitio y vuelve a intentarlo.',

  // The crisis view.
  'plan.openCrisis': 'Usar mi plan ahora',
  'plan.crisisTitle': 'Mi plan de seguridad',
  'plan.crisisIntro': 'Ve un paso a la vez. Puedes ir a cualquier paso, y siempre hay ayuda más abajo.',
  'plan.stepOf': 'Paso {step} de {count}',
  'plan.next': 'Paso siguiente',
  'plan.previous': 'Paso anterior',
  'plan.closeCrisis': 'Volver a mi plan',
  'plan.allSteps': 'Todos los pasos',
  'plan.emptySection': 'Todavía no hay nada escrito aquí.',

  // Editing a section.
  'plan.addLabel': 'Agregar a «{section}»',
  'plan.add': 'Agregar',
  'plan.phoneLabel': 'Número de teléfono (opcional)',
  'plan.call': 'Llamar a {name}: {number}',
  'plan.edit': 'Editar',
  /** A button's name on an item: its visible text, then what it acts on. */
  'plan.itemAction': '{action}: {text}',
  'plan.editText': 'Cambia las palabras',
  'plan.save': 'Guardar',
  'plan.cancel': 'Cancelar',
  'plan.moveUp': 'Subir',
  'plan.moveDown': 'Bajar',
  'plan.remove': 'Quitar',
  'plan.moved': 'Ahora está en el lugar {place} de {count}.',
  'plan.added': 'Se agregó.',
  'plan.removed': 'Se quitó «{text}».',
  'plan.undo': 'Deshacer',
  'plan.restored': 'Está de vuelta.',
  'plan.emptyText': 'Escribe algo primero.',
  'plan.storageMissing':
    'No se pudo abrir tu plan en este dispositivo, porque una parte de esta página no se cargó. Revisa tu conexión y luego presiona Intentar de nuevo. Mientras tanto, lo que agregues no se guarda.',
  'plan.tryAgain': 'Intentar de nuevo',
  'plan.phoneInvalid': 'No se puede llamar a ese número. Usa solo dígitos, espacios y + ( ) - .',
  'plan.full': 'Esta parte del plan está llena ({count} líneas). Quita una línea para agregar otra.',

  // The professionals section.
  'plan.practiceContacts': 'De tu consulta',
  'plan.addContact': 'Agregar a {name} a mi plan',
  'plan.contactAdded': '{name} está en tu plan.',

  // Coping strategies linked to a section.
  'plan.strategies': 'Estrategias de afrontamiento',
  'plan.addStrategy': 'Vincular una estrategia de afrontamiento',
  'plan.chooseStrategy': 'Elige una estrategia',
  'plan.link': 'Vincularla',
  'plan.openStrategy': 'Abrir «{title}»',
  'plan.closeStrategy': 'Cerrar «{title}»',
  'plan.unlink': 'Desvincular',

  // Saving.
  'plan.saved': 'Guardado en este dispositivo.',
  'plan.notSaved': 'No se guardó: {reason} Tu plan sigue en la pantalla. Imprímelo o guárdalo como archivo para no perderlo.',
  'plan.persistRefused':
    'Este navegador puede borrar lo que se guarda aquí (por ejemplo, después de varios días sin visitas). Imprime tu plan o guárdalo como archivo para tener una copia.',
  'plan.framed': 'Este plan se guarda aparte de las páginas de la consulta, porque se muestra dentro de otro sitio web.',
  'plan.conflict': 'Tu plan cambió en otra pestaña. ¿Qué versión quieres conservar?',
  'plan.keepMine': 'Conservar esta',
  'plan.useOther': 'Usar la otra',

  // Managing the plan.
  'plan.manage': 'Administrar mi plan',
  'plan.footerLink': 'Mostrar un enlace a mi plan junto a las líneas de crisis en las otras herramientas de este sitio',
  'plan.footerLinkNote': 'Está desactivado hasta que lo actives, porque cualquier persona que use este dispositivo vería que tienes un plan.',
  'plan.deleteAll': 'Borrar todo',
  'plan.deleteAllConfirm': '¿Borrar todo tu plan de este dispositivo? No se puede deshacer.',
  'plan.deleteAllYes': 'Sí, borrarlo',
  'plan.deletedAll': 'Tu plan se borró de este dispositivo.',

  // Saving a copy as a file, and importing one ("Manage my plan").
  'plan.exportJson': 'Guardar como archivo (JSON)',
  'plan.exportText': 'Guardar como texto',
  'plan.import': 'Importar un archivo de plan de Hearth',
  'plan.imported': {
    one: 'Se agregó {count} elemento nuevo a tu plan. No se cambió nada de lo que ya tenía.',
    other: 'Se agregaron {count} elementos nuevos a tu plan. No se cambió nada de lo que ya tenía.',
  },
  'plan.importNothingNew': 'Todo lo que hay en ese archivo ya está en tu plan. No se cambió nada.',
  'plan.importFailed': 'Ese archivo no es un plan de seguridad de Hearth. No se cambió nada.',
  'plan.importTooBig': 'Ese archivo es demasiado grande para ser un plan de seguridad de Hearth. No se cambió nada.',
  'plan.importFull': 'Con ese archivo, una parte de tu plan quedaría demasiado larga. No se cambió nada. Quita algunas líneas y vuelve a intentarlo.',
  'plan.exportEncrypted': 'Guardar como archivo cifrado (JSON)',
  'plan.fileIntro': 'Elige una frase de contraseña para este archivo. La necesitarás para volver a importarlo. Sin ella, nadie puede leer el archivo.',
  'plan.filePassphrase': 'Frase de contraseña del archivo',
  'plan.fileConfirm': 'Escríbela otra vez',
  'plan.fileMismatch': 'Las dos frases de contraseña no son iguales, o tienen menos de 8 caracteres.',
  'plan.fileSave': 'Guardar el archivo',
  'plan.fileUnavailable': 'Los archivos cifrados necesitan una conexión segura (HTTPS). Pregunta a tu consulta. No se cambió nada.',
  'plan.importPassphraseIntro': 'Este archivo está cifrado. Escribe la frase de contraseña que elegiste al guardarlo.',
  'plan.importGo': 'Importar',
  'plan.importWrong': 'Esa frase de contraseña no abre este archivo. No se cambió nada.',
  'plan.importDamaged': 'No se puede abrir este archivo: puede estar dañado, o no es un plan de seguridad de Hearth. No se cambió nada.',
  /** In the text file, under its heading. */
  'plan.exportUpdated': 'Último cambio: {date}',
  /** The last line of the text file. */
  'plan.exportHelp': 'Si necesitas ayuda ahora, llama a una línea de apoyo en crisis o al número de emergencias de tu zona.',
  'plan.deleteAllShares': '¿Borrar todo tu plan de este dispositivo, y también la copia que aún espera para enviarse a tu terapeuta? No se puede deshacer.',

  // Sharing with the therapist (only with an endpoint).
  'plan.share': 'Compartir con mi terapeuta',
  'plan.shareIntro': 'Esto es exactamente lo que se enviará a {practice}:',
  'plan.shareIntroNoName': 'Esto es exactamente lo que se enviará a tu consulta:',
  'plan.shareCopy': 'Se envía una copia de tu plan tal como está ahora. Los cambios que hagas después no se envían, a menos que lo compartas otra vez.',
  'plan.shareSend': 'Enviarlo',
  'plan.shareState.sending': 'Enviando…',
  'plan.shareState.queued': 'Aún no se envió: lo seguiremos intentando. {reason}',
  'plan.shareState.sent':
    'Enviado. Es posible que tu terapeuta no lo lea antes de tu próxima sesión. Si necesitas ayuda ahora, llama a una línea de apoyo en crisis o al número de emergencias de tu zona.',
  'plan.shareState.failed': 'No se envió: {reason}',
  'plan.shareRetry': 'Intentar de nuevo',

  // The passphrase screens of a plan with `encrypt` (passphrase-lock/, loaded only then), and what a locked plan shows.
  'plan.lock.setupTitle': 'Protege tu plan con una frase de contraseña',
  'plan.lock.setupIntro':
    'Tu plan se cifrará en este dispositivo. Solo quien conozca la frase podrá leerlo. Las líneas de apoyo en crisis y los contactos de tu consulta se siguen mostrando cuando está bloqueado.',
  'plan.lock.warning': 'Si olvidas la frase y pierdes el código de recuperación, nadie podrá recuperar tu plan, ni siquiera tu terapeuta.',
  'plan.lock.passphrase': 'Frase de contraseña',
  'plan.lock.confirm': 'Escríbela otra vez',
  'plan.lock.hintShort': 'Demasiado corta: usa al menos 8 caracteres.',
  'plan.lock.hintOkay': 'Aceptable. Unas palabras más la harían más segura.',
  'plan.lock.hintStrong': 'Segura.',
  'plan.lock.mismatch': 'Las dos frases no son iguales.',
  'plan.lock.recoveryOption': 'Crear también un código de recuperación (recomendado)',
  'plan.lock.turnOn': 'Activar el cifrado',
  'plan.lock.recoveryTitle': 'Tu código de recuperación',
  'plan.lock.recoveryIntro': 'Anótalo o imprímelo y guárdalo en un lugar seguro. Es la única forma de volver a entrar a tu plan si olvidas la frase.',
  'plan.lock.print': 'Imprimir el código',
  'plan.lock.done': 'Ya lo guardé',
  'plan.lock.lockedTitle': 'Tu plan está bloqueado',
  'plan.lock.unlock': 'Desbloquear',
  'plan.lock.wrong': 'No coincide. No se cambió nada.',
  'plan.lock.useRecovery': 'Olvidé mi frase',
  'plan.lock.recoveryCode': 'Código de recuperación',
  'plan.lock.newPassphrase': 'Nueva frase de contraseña',
  'plan.lock.reset': 'Guardar la nueva frase',
  'plan.lock.back': 'Volver',
  'plan.lock.lockNow': 'Bloquear ahora',
  'plan.lock.conceal': 'Ocultar el texto',
  'plan.lock.reveal': 'Mostrar el texto',
  'plan.lock.unavailable': 'El cifrado necesita una conexión segura (HTTPS). Pregunta a tu consulta. Hasta entonces no se guarda nada en este dispositivo.',
  'plan.lock.change': 'Cambiar la frase de contraseña',
  'plan.lock.current': 'Frase actual',
  'plan.lock.changed': 'Tu frase de contraseña se cambió.',
  'plan.lock.keptOnDevice': 'Tu plan se guarda solo en este dispositivo, protegido con tu frase de contraseña. Nadie recibe un aviso por lo que escribes aquí.',
  'plan.lock.keptShare':
    'Tu plan se guarda solo en este dispositivo, protegido con tu frase de contraseña, a menos que elijas compartirlo. Nadie recibe un aviso por lo que escribes aquí.',
  'plan.lock.helpTitle': 'Ayuda a tu alcance ahora',
  'plan.lock.helpIntro': 'Para esto no necesitas tu frase de contraseña.',
  'plan.lock.startOver':
    'Si olvidaste tu frase y perdiste el código de recuperación, puedes borrar el plan bloqueado y hacer uno nuevo. Tu terapeuta puede ayudarte.',
  'plan.lock.loadFailed':
    'No se pudo cargar la pantalla de la frase de contraseña. Revisa tu conexión e inténtalo de nuevo. Hasta entonces no se guarda nada en este dispositivo.',
  'plan.lock.retry': 'Intentar de nuevo',
  'plan.lock.sealedElsewhere':
    'Tu plan está protegido con una frase de contraseña en otra página. Ábrelo allí para verlo o cambiarlo. Lo que escribas aquí no se guarda.',
};
