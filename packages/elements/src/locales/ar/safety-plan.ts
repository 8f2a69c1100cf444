import type { SafetyPlanStrings } from '../en/safety-plan.js';
import { strings as base } from './base.js';

/**
 * Arabic strings of the safety plan, written right to left. A chunk of its own, loaded the first
 * time an element shows Arabic; typed as the English table, so the compiler lists a missing key.
 */
export const strings: SafetyPlanStrings = {
  ...base,
  'plan.label': 'خطتي للأمان',
  'plan.keptOnDevice': 'خطتك محفوظة على هذا الجهاز فقط. قد يتمكن أي شخص يستخدم هذا الجهاز من رؤيتها. ولا يصل أي تنبيه إلى أحد بسبب ما تكتبه هنا.',
  'plan.keptShare':
    'خطتك محفوظة على هذا الجهاز فقط، إلا إذا اخترت مشاركتها. قد يتمكن أي شخص يستخدم هذا الجهاز من رؤيتها. ولا يصل أي تنبيه إلى أحد بسبب ما تكتبه هنا.',
  'plan.noneNote':
    'لا يُحفظ شيء: تختفي خطتك عندما تغلق هذه الصفحة أو تعيد تحميلها. اطبعها أو احفظها في ملف لتحتفظ بها. ولا يصل أي تنبيه إلى أحد بسبب ما تكتبه هنا.',
  'plan.sessionNote': 'تبقى خطتك محفوظة فقط حتى تغلق علامة التبويب هذه. اطبعها أو احفظها في ملف لتحتفظ بها.',
  'plan.example': 'مثلًا: {example}',

  // Printing (safety-plan-print.ts, loaded when the client prints).
  'plan.printPage': 'اطبع خطتي',
  'plan.printCard': 'اطبع بطاقة للمحفظة',
  'plan.printedOn': 'طُبعت في {date}',
  'plan.printBlocked': 'تعذّر فتح نافذة الطباعة. اسمح بالنوافذ المنبثقة لهذا الموقع، ثم حاول مرة أخرى.',

  // The crisis view.
  'plan.openCrisis': 'استخدم خطتي الآن',
  'plan.crisisTitle': 'خطتي للأمان',
  'plan.crisisIntro': 'خذ الأمر خطوة بخطوة. يمكنك الانتقال إلى أي خطوة، والمساعدة موجودة دائمًا في الأسفل.',
  'plan.stepOf': 'الخطوة {step} من {count}',
  'plan.next': 'الخطوة التالية',
  'plan.previous': 'الخطوة السابقة',
  'plan.closeCrisis': 'العودة إلى خطتي',
  'plan.allSteps': 'كل الخطوات',
  'plan.emptySection': 'لم يُكتب شيء هنا بعد.',

  // Editing a section.
  'plan.addLabel': 'أضف إلى «{section}»',
  'plan.add': 'أضف',
  'plan.phoneLabel': 'رقم الهاتف (اختياري)',
  'plan.call': 'اتصل بـ {name}: {number}',
  'plan.edit': 'تعديل',
  /** A button's name on an item: its visible text, then what it acts on. */
  'plan.itemAction': '{action}: {text}',
  'plan.editText': 'عدّل النص',
  'plan.save': 'احفظ',
  'plan.cancel': 'إلغاء',
  'plan.moveUp': 'انقل إلى الأعلى',
  'plan.moveDown': 'انقل إلى الأسفل',
  'plan.remove': 'إزالة',
  'plan.moved': 'نُقل إلى الموضع {place} من {count}.',
  'plan.added': 'تمت الإضافة.',
  'plan.removed': 'تمت إزالة «{text}».',
  'plan.undo': 'تراجع',
  'plan.restored': 'أُعيد إلى مكانه.',
  'plan.emptyText': 'اكتب شيئًا أولًا.',
  'plan.storageMissing':
    'تعذّر فتح خطتك على هذا الجهاز، لأن جزءًا من هذه الصفحة لم يُحمَّل. تحقّق من اتصالك، ثم اضغط «حاول مرة أخرى». حتى ذلك الحين، لا يُحفظ ما تضيفه.',
  'plan.tryAgain': 'حاول مرة أخرى',
  'plan.phoneInvalid': 'لا يمكن الاتصال بهذا الرقم. استخدم الأرقام والمسافات و+ ( ) - . فقط.',
  'plan.full': 'هذا الجزء من الخطة ممتلئ (الحد الأقصى: {count}). احذف سطرًا لتضيف سطرًا آخر.',

  // The professionals section.
  'plan.practiceContacts': 'من عيادتك',
  'plan.addContact': 'أضف {name} إلى خطتي',
  'plan.contactAdded': 'تمت إضافة {name} إلى خطتك.',

  // Coping strategies linked to a section.
  'plan.strategies': 'استراتيجيات التأقلم',
  'plan.addStrategy': 'اربط استراتيجية تأقلم',
  'plan.chooseStrategy': 'اختر استراتيجية',
  'plan.link': 'اربطها',
  'plan.openStrategy': 'افتح «{title}»',
  'plan.closeStrategy': 'أغلق «{title}»',
  'plan.unlink': 'إلغاء الربط',

  // Saving.
  'plan.saved': 'تم الحفظ على هذا الجهاز.',
  'plan.notSaved': 'لم يُحفظ: {reason} خطتك ما زالت على الشاشة. اطبعها أو احفظها في ملف حتى لا تضيع.',
  'plan.persistRefused': 'قد يمسح هذا المتصفح ما يُحفظ هنا (مثلًا بعد أيام دون زيارة). اطبع خطتك أو احفظها في ملف لتحتفظ بنسخة منها.',
  'plan.framed': 'تُحفظ هذه الخطة بعيدًا عن صفحات العيادة، لأنها معروضة داخل موقع آخر.',
  'plan.conflict': 'تغيّرت خطتك في علامة تبويب أخرى. أي نسخة تريد أن تحتفظ بها؟',
  'plan.keepMine': 'احتفظ بهذه',
  'plan.useOther': 'استخدم الأخرى',

  // Managing the plan.
  'plan.manage': 'إدارة خطتي',
  'plan.footerLink': 'إظهار رابط إلى خطتي بجانب خطوط الدعم في الأزمات، في أدوات هذا الموقع الأخرى',
  'plan.footerLinkNote': 'هذا الخيار غير مُفعَّل في البداية، لأن أي شخص يستخدم هذا الجهاز سيرى أن لديك خطة.',
  'plan.deleteAll': 'احذف كل شيء',
  'plan.deleteAllConfirm': 'هل تريد حذف خطتك كلها من هذا الجهاز؟ لا يمكن التراجع عن ذلك.',
  'plan.deleteAllYes': 'نعم، احذفها',
  'plan.deletedAll': 'تم حذف خطتك من هذا الجهاز.',

  // Saving a copy as a file, and importing one ("Manage my plan").
  'plan.exportJson': 'حفظ في ملف (JSON)',
  'plan.exportText': 'حفظ كنص',
  'plan.import': 'استيراد ملف خطة من Hearth',
  'plan.imported': {
    zero: 'لم يُضف أي عنصر جديد إلى خطتك.',
    one: 'أُضيف عنصر جديد واحد إلى خطتك. ولم يتغيّر شيء مما كان فيها.',
    two: 'أُضيف عنصران جديدان إلى خطتك. ولم يتغيّر شيء مما كان فيها.',
    few: 'أُضيفت {count} عناصر جديدة إلى خطتك. ولم يتغيّر شيء مما كان فيها.',
    many: 'أُضيف {count} عنصرًا جديدًا إلى خطتك. ولم يتغيّر شيء مما كان فيها.',
    other: 'أُضيف {count} عنصر جديد إلى خطتك. ولم يتغيّر شيء مما كان فيها.',
  },
  'plan.importNothingNew': 'كل ما في هذا الملف موجود في خطتك بالفعل. لم يتغيّر شيء.',
  'plan.importFailed': 'هذا الملف ليس ملف خطة أمان من Hearth. لم يتغيّر شيء.',
  'plan.importTooBig': 'هذا الملف أكبر من أن يكون ملف خطة أمان من Hearth. لم يتغيّر شيء.',
  'plan.importFull': 'مع هذا الملف سيصبح جزء من خطتك طويلًا جدًا. لم يتغيّر شيء. احذف بعض الأسطر، ثم حاول مرة أخرى.',
  'plan.exportEncrypted': 'حفظ في ملف مشفّر (JSON)',
  'plan.fileIntro': 'اختر عبارة مرور لهذا الملف. ستحتاج إليها لاستيراد الملف مرة أخرى. بدونها لا يستطيع أحد قراءة الملف.',
  'plan.filePassphrase': 'عبارة مرور الملف',
  'plan.fileConfirm': 'اكتبها مرة أخرى',
  'plan.fileMismatch': 'عبارتا المرور غير متطابقتين، أو أقصر من 8 أحرف.',
  'plan.fileSave': 'حفظ الملف',
  'plan.fileUnavailable': 'تحتاج الملفات المشفّرة إلى اتصال آمن (HTTPS). اسأل عيادتك. لم يتغيّر شيء.',
  'plan.importPassphraseIntro': 'هذا الملف مشفّر. أدخل عبارة المرور التي اخترتها عند حفظه.',
  'plan.importGo': 'استيراد',
  'plan.importWrong': 'عبارة المرور هذه لا تفتح هذا الملف. لم يتغيّر شيء.',
  'plan.importDamaged': 'لا يمكن فتح هذا الملف: قد يكون تالفًا، أو ليس ملف خطة أمان من Hearth. لم يتغيّر شيء.',
  /** In the text file, under its heading. */
  'plan.exportUpdated': 'آخر تغيير: {date}',
  /** The last line of the text file. */
  'plan.exportHelp': 'إذا كنت بحاجة إلى مساعدة الآن، فاتصل بخط دعم في الأزمات أو برقم الطوارئ المحلي.',
  'plan.deleteAllShares': 'هل تريد حذف خطتك كلها من هذا الجهاز، ومعها النسخة التي ما زالت تنتظر الإرسال إلى معالجك؟ لا يمكن التراجع عن ذلك.',

  // Sharing with the therapist (only with an endpoint).
  'plan.share': 'شارك خطتك مع معالجك',
  'plan.shareIntro': 'هذا بالضبط ما سيُرسل إلى {practice}:',
  'plan.shareIntroNoName': 'هذا بالضبط ما سيُرسل إلى عيادتك:',
  'plan.shareCopy': 'ستُرسل نسخة من خطتك كما هي الآن. ولن تُرسل التغييرات التي تجريها لاحقًا إلا إذا شاركتها مرة أخرى.',
  'plan.shareSend': 'أرسلها',
  'plan.shareState.sending': 'جارٍ الإرسال…',
  'plan.shareState.queued': 'لم تُرسل بعد: سنواصل المحاولة. {reason}',
  'plan.shareState.sent': 'أُرسلت خطتك. قد لا يقرؤها معالجك قبل جلستك القادمة. إذا كنت بحاجة إلى مساعدة الآن، فاتصل بخط دعم في الأزمات أو برقم الطوارئ المحلي.',
  'plan.shareState.failed': 'لم تُرسل: {reason}',
  'plan.shareRetry': 'حاول مرة أخرى',

  // The passphrase screens of a plan with `encrypt` (passphrase-lock/, loaded only then), and what a locked plan shows.
  'plan.lock.setupTitle': 'احمِ خطتك بعبارة مرور',
  'plan.lock.setupIntro':
    'ستُشفَّر خطتك على هذا الجهاز. لن يستطيع قراءتها إلا من يعرف العبارة. وتبقى خطوط الدعم في الأزمات وجهات الاتصال في عيادتك ظاهرة وهي مقفلة.',
  'plan.lock.warning': 'إذا نسيت عبارة المرور وفقدت رمز الاسترداد، فلن يستطيع أحد استعادة خطتك، ولا حتى معالجك.',
  'plan.lock.passphrase': 'عبارة المرور',
  'plan.lock.confirm': 'اكتبها مرة أخرى',
  'plan.lock.hintShort': 'قصيرة جدًا: استخدم 8 أحرف على الأقل.',
  'plan.lock.hintOkay': 'مقبولة. بضع كلمات إضافية تجعلها أقوى.',
  'plan.lock.hintStrong': 'قوية.',
  'plan.lock.mismatch': 'العبارتان غير متطابقتين.',
  'plan.lock.recoveryOption': 'أنشئ أيضًا رمز استرداد (موصى به)',
  'plan.lock.turnOn': 'فعّل التشفير',
  'plan.lock.recoveryTitle': 'رمز الاسترداد الخاص بك',
  'plan.lock.recoveryIntro': 'اكتبه أو اطبعه واحفظه في مكان آمن. إنه الطريقة الوحيدة للعودة إلى خطتك إذا نسيت عبارة المرور.',
  'plan.lock.print': 'اطبع الرمز',
  'plan.lock.done': 'لقد حفظته في مكان آمن',
  'plan.lock.lockedTitle': 'خطتك مقفلة',
  'plan.lock.unlock': 'افتح القفل',
  'plan.lock.wrong': 'هذه العبارة غير صحيحة. لم يتغير شيء.',
  'plan.lock.useRecovery': 'نسيت عبارة المرور',
  'plan.lock.recoveryCode': 'رمز الاسترداد',
  'plan.lock.newPassphrase': 'عبارة مرور جديدة',
  'plan.lock.reset': 'احفظ العبارة الجديدة',
  'plan.lock.back': 'رجوع',
  'plan.lock.lockNow': 'أقفل الآن',
  'plan.lock.conceal': 'أخفِ النص',
  'plan.lock.reveal': 'أظهر النص',
  'plan.lock.unavailable': 'يحتاج التشفير إلى اتصال آمن (HTTPS). اسأل عيادتك. لن يُحفظ شيء على هذا الجهاز حتى ذلك الحين.',
  'plan.lock.change': 'غيّر عبارة المرور',
  'plan.lock.current': 'عبارة المرور الحالية',
  'plan.lock.changed': 'تم تغيير عبارة المرور.',
  'plan.lock.keptOnDevice': 'خطتك محفوظة على هذا الجهاز فقط، ومقفلة بعبارة المرور الخاصة بك. ولا يصل أي تنبيه إلى أحد بسبب ما تكتبه هنا.',
  'plan.lock.keptShare': 'خطتك محفوظة على هذا الجهاز فقط، ومقفلة بعبارة المرور الخاصة بك، إلا إذا اخترت مشاركتها. ولا يصل أي تنبيه إلى أحد بسبب ما تكتبه هنا.',
  'plan.lock.helpTitle': 'مساعدة يمكنك الوصول إليها الآن',
  'plan.lock.helpIntro': 'لا تحتاج إلى عبارة المرور للوصول إلى هذه المساعدة.',
  'plan.lock.startOver': 'إذا نسيت عبارة المرور وفقدت رمز الاسترداد، يمكنك حذف الخطة المقفلة وإعداد خطة جديدة. ويمكن لمعالجك أن يساعدك في ذلك.',
  'plan.lock.loadFailed': 'تعذّر تحميل شاشة عبارة المرور. تحقّق من اتصالك، ثم حاول مرة أخرى. لن يُحفظ شيء على هذا الجهاز حتى ذلك الحين.',
  'plan.lock.retry': 'حاول مرة أخرى',
  'plan.lock.sealedElsewhere': 'خطتك مقفلة بعبارة مرور في صفحة أخرى. افتحها هناك لرؤيتها أو تعديلها. لن يُحفظ ما تكتبه هنا.',
};
