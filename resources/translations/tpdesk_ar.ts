<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Activity</name>
    <message>
        <source>&amp;General</source>
        <translation>&amp;عام</translation>
    </message>
    <message>
        <source>Partnership:</source>
        <translation>الشراكة:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>الوصف:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>تاريخ البدء:</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>تاريخ الانتهاء:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <source>&amp;Objectives and skills</source>
        <translation>الأ&amp;هداف والمهارات</translation>
    </message>
    <message>
        <source>Roadmap objectives:</source>
        <translation>أهداف خارطة الطريق:</translation>
    </message>
    <message>
        <source>e.g. ICT, health</source>
        <translation>مثلًا: تكنولوجيا المعلومات والاتصالات، الصحة</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>القطاعات:</translation>
    </message>
    <message>
        <source>Skill levels:</source>
        <translation>مستويات المهارات:</translation>
    </message>
    <message>
        <source>&amp;Partners and funding</source>
        <translation>ال&amp;شركاء والتمويل</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translation>إ&amp;ضافة منظمة</translation>
    </message>
    <message>
        <source>Re&amp;move organisation</source>
        <translation>إ&amp;زالة المنظمة</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>المنظمات:</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>الأداة</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>الجهة المموِّلة</translation>
    </message>
    <message>
        <source>Add funding &amp;line</source>
        <translation>إضافة بند &amp;تمويل</translation>
    </message>
    <message>
        <source>Remove f&amp;unding line</source>
        <translation>إزالة بند الت&amp;مويل</translation>
    </message>
    <message>
        <source>Funding:</source>
        <translation>التمويل:</translation>
    </message>
    <message>
        <source>Total funding</source>
        <translation>إجمالي التمويل</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>المجموع:</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>ال&amp;نتائج</translation>
    </message>
    <message>
        <source>How many people the activity means to reach; — for no target</source>
        <translation>عدد الأشخاص الذين يستهدف النشاط الوصول إليهم؛ — إن لم يكن هناك هدف</translation>
    </message>
    <message>
        <source>Target beneficiaries:</source>
        <translation>المستفيدون المستهدفون:</translation>
    </message>
    <message>
        <source>Who they are, e.g. young ICT graduates</source>
        <translation>من هم، مثلًا: خريجون شباب في تكنولوجيا المعلومات والاتصالات</translation>
    </message>
    <message>
        <source>Beneficiaries:</source>
        <translation>المستفيدون:</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>Add &amp;indicator</source>
        <translation>إضافة &amp;مؤشر</translation>
    </message>
    <message>
        <source>Remove in&amp;dicator</source>
        <translation>إزالة الم&amp;ؤشر</translation>
    </message>
    <message>
        <source>Indicators:</source>
        <translation>المؤشرات:</translation>
    </message>
    <message>
        <source>Progress notes:</source>
        <translation>ملاحظات التقدم:</translation>
    </message>
    <message>
        <source>Activity sections</source>
        <translation>أقسام النشاط</translation>
    </message>
    <message>
        <source>(objective no longer in a roadmap)</source>
        <translation>(هدف لم يعد في خارطة طريق)</translation>
    </message>
    <message>
        <source>Participating organisation</source>
        <translation>المنظمة المشاركة</translation>
    </message>
    <message>
        <source>(deleted organisation)</source>
        <translation>(منظمة محذوفة)</translation>
    </message>
    <message>
        <source>Amount in euros</source>
        <translation>المبلغ باليورو</translation>
    </message>
    <message>
        <source>Funding stage</source>
        <translation>مرحلة التمويل</translation>
    </message>
</context>
<context>
    <name>ActivityCategory</name>
    <message>
        <source>Capacity building</source>
        <translation>بناء القدرات</translation>
    </message>
    <message>
        <source>Skills development</source>
        <translation>تنمية المهارات</translation>
    </message>
    <message>
        <source>Facilitating mobility</source>
        <translation>تيسير التنقل</translation>
    </message>
    <message>
        <source>Integration in the destination country</source>
        <translation>الإدماج في بلد المقصد</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation>إعادة الإدماج</translation>
    </message>
    <message>
        <source>Migration management cooperation</source>
        <translation>التعاون في مجال إدارة الهجرة</translation>
    </message>
</context>
<context>
    <name>ActivityStatus</name>
    <message>
        <source>Pipeline/identification</source>
        <translation>قيد الإعداد/التحديد</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>التنفيذ</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>الإنجاز النهائي</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>معلّق</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>(no lead)</source>
        <translation>(لا توجد جهة رائدة)</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>الجهة الرائدة</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>الأدوات</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>الجهة ال&amp;رائدة:</translation>
    </message>
    <message>
        <source>The note on this item covers the pack&apos;s records that match each choice below (any one ticked value of each); tick nothing to cover them all.</source>
        <translation>تغطي المذكرة الخاصة بهذا البند سجلات الملف التي تطابق كل اختيار أدناه (أي قيمة محددة من كل منها)؛ لا تحدد شيئًا لتغطيتها جميعًا.</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>الأ&amp;هداف:</translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation>ال&amp;فئات:</translation>
    </message>
    <message>
        <source>S&amp;ectors:</source>
        <translation>الق&amp;طاعات:</translation>
    </message>
    <message>
        <source>&amp;Instruments:</source>
        <translation>الأ&amp;دوات:</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>أعطِ البند عنوانًا.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); run tpdesk in a desktop session, or use its commands (tpdesk --help)</source>
        <translation>لا توجد شاشة لفتح النافذة عليها (لم يُضبط DISPLAY ولا WAYLAND_DISPLAY)؛ شغّل tpdesk في جلسة سطح مكتب، أو استخدم أوامره (tpdesk --help)</translation>
    </message>
    <message>
        <source>tpdesk hit an internal error, logged to {path}.</source>
        <translation>واجه tpdesk خطأً داخليًا، سُجِّل في {path}.</translation>
    </message>
    <message>
        <source>tpdesk hit an internal error; the log file could not be written.</source>
        <translation>واجه tpdesk خطأً داخليًا؛ تعذّرت كتابة ملف السجل.</translation>
    </message>
    <message>
        <source>Your saved data is safe.</source>
        <translation>بياناتك المحفوظة سليمة.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>الوسائط الموضعية</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>عرض رسالة المساعدة هذه والخروج</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: خطأ: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: %(value)r (اختر من %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة %(type)s غير صالحة: %(value)r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>الوسائط التالية مطلوبة: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>أحد الوسائط %s مطلوب</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>غير مسموح به مع الوسيط %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>يُنتظر وسيط واحد</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>يُنتظر وسيط واحد على الأكثر</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>يُنتظر وسيط واحد على الأقل</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار ملتبس: قد يطابق %(option)s ما يلي: %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>تم تجاهل الوسيط الصريح %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>تعذّر فتح &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>{heading}:</source>
        <translation>{heading}:</translation>
    </message>
</context>
<context>
    <name>Base</name>
    <message>
        <source>Has a date</source>
        <translation>له تاريخ</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>جديد: {kind}</translation>
    </message>
    <message>
        <source>Edit {kind}</source>
        <translation>تحرير: {kind}</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>{field}: error</source>
        <translation>{field}: خطأ</translation>
    </message>
    <message>
        <source>Save your changes before closing?</source>
        <translation>هل تريد حفظ تغييراتك قبل الإغلاق؟</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>Set {field} of {records}</source>
        <translation>تعيين {field} لـ {records}</translation>
    </message>
    <message>
        <source>Set {field} of {records}…</source>
        <translation>تعيين {field} لـ {records}…</translation>
    </message>
    <message>
        <source>Add Tag to {records}…</source>
        <translation>إضافة وسم إلى {records}…</translation>
    </message>
    <message>
        <source>Remove Tag from {records}</source>
        <translation>إزالة وسم من {records}</translation>
    </message>
    <message>
        <source>Remove tag &apos;{tag}&apos; from {records}</source>
        <translation>إزالة الوسم «{tag}» من {records}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Set {field} to {value} on {records}</source>
        <translation>تعيين {field} إلى {value} لـ {records}</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>تعيين: {field}</translation>
    </message>
    <message>
        <source>{field} (YYYY-MM-DD, empty for none):</source>
        <translation>{field} (YYYY-MM-DD، فارغ إن لم يوجد):</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <source>Tag for {records}:</source>
        <translation>وسم لـ {records}:</translation>
    </message>
    <message>
        <source>Add tag &apos;{tag}&apos; to {records}</source>
        <translation>إضافة الوسم «{tag}» إلى {records}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>No data</source>
        <translation>لا توجد بيانات</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>رسم بياني</translation>
    </message>
    <message>
        <source>{title}: {total} in all. {parts}.</source>
        <translation>{title}: {total} في المجموع. {parts}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{text} is not a date (YYYY-MM-DD) or time (YYYY-MM-DDTHH:MM)</source>
        <translation>{text} ليس تاريخًا (YYYY-MM-DD) ولا وقتًا (YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <source>{text} is not a whole number from 0 to 1000000000</source>
        <translation>{text} ليس عددًا صحيحًا بين 0 و1000000000</translation>
    </message>
    <message>
        <source>{text}: a marking has 1 to 60 characters</source>
        <translation>{text}: يتألف التصنيف من 1 إلى 60 حرفًا</translation>
    </message>
    <message>
        <source>{text} is not an organisation kind ({choices})</source>
        <translation>{text} ليس نوعًا من أنواع المنظمات ({choices})</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>عبارة المرور الجديدة: </translation>
    </message>
    <message>
        <source>tpdesk: error: {message}</source>
        <translation>tpdesk: خطأ: {message}</translation>
    </message>
    <message>
        <source>Prepare EU Talent Partnership roundtables offline. With no command, opens the desktop app.</source>
        <translation>إعداد اجتماعات المائدة المستديرة لشراكات المواهب مع الاتحاد الأوروبي دون اتصال. بدون أمر، يُفتح تطبيق سطح المكتب.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>عرض الإصدار والخروج</translation>
    </message>
    <message>
        <source>en, fr or ar: the app&apos;s and these messages&apos; language for this run (default: the one in the preferences)</source>
        <translation>en أو fr أو ar: لغة التطبيق وهذه الرسائل لهذا التشغيل (الافتراضي: اللغة المحددة في التفضيلات)</translation>
    </message>
    <message>
        <source>database file (default: $TPDESK_DB, else the user data folder)</source>
        <translation>ملف قاعدة البيانات (الافتراضي: $TPDESK_DB، وإلا فمجلد بيانات المستخدم)</translation>
    </message>
    <message>
        <source>load the demo dataset, or N synthetic activities</source>
        <translation>تحميل بيانات العرض التوضيحي، أو N من الأنشطة الاصطناعية</translation>
    </message>
    <message>
        <source>add N synthetic activities with commitments, for benchmarks</source>
        <translation>إضافة N من الأنشطة الاصطناعية مع التزاماتها، لقياس الأداء</translation>
    </message>
    <message>
        <source>list records of one kind</source>
        <translation>عرض سجلات نوع واحد</translation>
    </message>
    <message>
        <source>one of: </source>
        <translation>أحد الأنواع التالية: </translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>طباعة مصفوفة JSON</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <source>at most N records</source>
        <translation>N من السجلات على الأكثر</translation>
    </message>
    <message>
        <source>full-text search across the register</source>
        <translation>بحث في النص الكامل للسجل</translation>
    </message>
    <message>
        <source>what changed since a date</source>
        <translation>ما تغيّر منذ تاريخ معيّن</translation>
    </message>
    <message>
        <source>partner country ISO code</source>
        <translation>رمز ISO للبلد الشريك</translation>
    </message>
    <message>
        <source>integrity and consistency report (exit 1 on problems)</source>
        <translation>تقرير السلامة والاتساق (رمز الخروج 1 عند وجود مشكلات)</translation>
    </message>
    <message>
        <source>consistent online copy of the database</source>
        <translation>نسخة متسقة من قاعدة البيانات دون إيقافها</translation>
    </message>
    <message>
        <source>list the automatic backups (time, size, records)</source>
        <translation>عرض النسخ الاحتياطية التلقائية (الوقت، الحجم، السجلات)</translation>
    </message>
    <message>
        <source>replace the database by a backup (checked first; the current database is backed up before)</source>
        <translation>استبدال قاعدة البيانات بنسخة احتياطية (يُتحقق منها أولًا؛ وتُحفظ نسخة احتياطية من القاعدة الحالية قبل ذلك)</translation>
    </message>
    <message>
        <source>encrypt the database with a passphrase ($TPDESK_PASSPHRASE_FILE)</source>
        <translation>تشفير قاعدة البيانات بعبارة مرور ($TPDESK_PASSPHRASE_FILE)</translation>
    </message>
    <message>
        <source>also make a recovery key, printed once, that can replace a forgotten passphrase</source>
        <translation>إنشاء مفتاح استرداد أيضًا، يُعرض مرة واحدة، يمكنه أن يحل محل عبارة مرور منسية</translation>
    </message>
    <message>
        <source>change the passphrase of an encrypted database</source>
        <translation>تغيير عبارة مرور قاعدة بيانات مشفرة</translation>
    </message>
    <message>
        <source>new passphrase from the terminal or $TPDESK_NEW_PASSPHRASE_FILE</source>
        <translation>عبارة المرور الجديدة من الطرفية أو من $TPDESK_NEW_PASSPHRASE_FILE</translation>
    </message>
    <message>
        <source>write a plain (unencrypted) copy of the database</source>
        <translation>كتابة نسخة غير مشفرة من قاعدة البيانات</translation>
    </message>
    <message>
        <source>write the register or a briefing pack to a file</source>
        <translation>كتابة السجل أو ملف إحاطة في ملف</translation>
    </message>
    <message>
        <source>Excel workbook: the register (--all, with list&apos;s filters) or a template</source>
        <translation>مصنف Excel: السجل (--all، مع عوامل تصفية list) أو قالب</translation>
    </message>
    <message>
        <source>the records of one briefing pack (see &apos;list packs&apos;)</source>
        <translation>سجلات ملف إحاطة واحد (انظر &apos;list packs&apos;)</translation>
    </message>
    <message>
        <source>the whole register, or what the filters keep</source>
        <translation>السجل كاملًا، أو ما تبقيه عوامل التصفية</translation>
    </message>
    <message>
        <source>empty sheets with the headers, lists and checks</source>
        <translation>أوراق فارغة بالعناوين والقوائم وعمليات التحقق</translation>
    </message>
    <message>
        <source>e.g. SENSITIVE: printed in every page&apos;s header</source>
        <translation>مثلًا SENSITIVE: يُطبع في رأس كل صفحة</translation>
    </message>
    <message>
        <source>filters (as for list)</source>
        <translation>عوامل التصفية (كما في list)</translation>
    </message>
    <message>
        <source>Word briefing document for one pack (see &apos;list packs&apos;)</source>
        <translation>مستند إحاطة Word لملف واحد (انظر &apos;list packs&apos;)</translation>
    </message>
    <message>
        <source>the pack&apos;s id, or its exact title</source>
        <translation>معرّف الملف، أو عنوانه بالضبط</translation>
    </message>
    <message>
        <source>a .docx with the styles to use (Title, Heading 1-3, Marking, tpdesk Table...); default: the one shipped with tpdesk</source>
        <translation>ملف ‎.docx‎ يتضمن الأنماط المطلوبة (Title وHeading 1-3 وMarking وtpdesk Table...)؛ الافتراضي: الملف المرفق مع tpdesk</translation>
    </message>
    <message>
        <source>PDF briefing book for one pack, with bookmarks (see &apos;list packs&apos;)</source>
        <translation>كتيّب إحاطة PDF لملف واحد، مع إشارات مرجعية (انظر &apos;list packs&apos;)</translation>
    </message>
    <message>
        <source>make and check briefing packs</source>
        <translation>إنشاء ملفات الإحاطة والتحقق منها</translation>
    </message>
    <message>
        <source>make a pack for a roundtable, tailored to its reader; prints its id</source>
        <translation>إنشاء ملف لمائدة مستديرة، مكيّف لقارئه؛ يطبع معرّفه</translation>
    </message>
    <message>
        <source>the roundtable&apos;s id, its title, or partner and number (&apos;TN 5&apos;)</source>
        <translation>معرّف المائدة المستديرة، أو عنوانها، أو الشريك والرقم (&apos;TN 5&apos;)</translation>
    </message>
    <message>
        <source>e.g. &apos;Italian delegation&apos;</source>
        <translation>مثلًا &apos;الوفد الإيطالي&apos;</translation>
    </message>
    <message>
        <source>only what this EU Member State takes part in (repeatable)</source>
        <translation>فقط ما تشارك فيه هذه الدولة العضو في الاتحاد الأوروبي (قابل للتكرار)</translation>
    </message>
    <message>
        <source>only this sector of common interest (repeatable)</source>
        <translation>فقط هذا القطاع ذو الاهتمام المشترك (قابل للتكرار)</translation>
    </message>
    <message>
        <source>only this activity category (repeatable)</source>
        <translation>فقط فئة الأنشطة هذه (قابل للتكرار)</translation>
    </message>
    <message>
        <source>public, limited or sensitive</source>
        <translation>public أو limited أو sensitive</translation>
    </message>
    <message>
        <source>the language of the pack&apos;s headings, labels and sentences: en (English, the default), fr (French) or ar (Arabic, right to left)</source>
        <translation>لغة عناوين الملف وتسمياته وجمله: en (الإنجليزية، الافتراضية) أو fr (الفرنسية) أو ar (العربية، من اليمين إلى اليسار)</translation>
    </message>
    <message>
        <source>start from this pack (id or title): its sections, texts and choices</source>
        <translation>البدء من هذا الملف (المعرّف أو العنوان): أقسامه ونصوصه وخياراته</translation>
    </message>
    <message>
        <source>what the pack&apos;s readiness checklist flags, one point a line</source>
        <translation>ما تشير إليه قائمة التحقق من جاهزية الملف، نقطة في كل سطر</translation>
    </message>
    <message>
        <source>exit 1 when there is anything to check</source>
        <translation>رمز الخروج 1 إذا كان هناك ما يجب التحقق منه</translation>
    </message>
    <message>
        <source>bring an edited file back into the register</source>
        <translation>إعادة ملف معدَّل إلى السجل</translation>
    </message>
    <message>
        <source>a register workbook edited in Excel or LibreOffice: preview, then apply</source>
        <translation>مصنف سجل معدَّل في Excel أو LibreOffice: معاينة ثم تطبيق</translation>
    </message>
    <message>
        <source>show what would change; write nothing</source>
        <translation>عرض ما سيتغير؛ دون كتابة أي شيء</translation>
    </message>
    <message>
        <source>import new rows that look like stored records (warn only)</source>
        <translation>استيراد الصفوف الجديدة التي تشبه سجلات محفوظة (تحذير فقط)</translation>
    </message>
    <message>
        <source>an IATI activity file (standard 2.01-2.03): preview, then apply</source>
        <translation>ملف أنشطة IATI (المعيار 2.01-2.03): معاينة ثم تطبيق</translation>
    </message>
    <message>
        <source>put every activity in this partnership (default: the partnership of its recipient country)</source>
        <translation>وضع كل نشاط في هذه الشراكة (الافتراضي: شراكة البلد المستفيد منه)</translation>
    </message>
    <message>
        <source>a roundtable&apos;s conclusions (.docx): its action table as commitments</source>
        <translation>استنتاجات مائدة مستديرة (‎.docx‎): جدول إجراءاتها كالتزامات</translation>
    </message>
    <message>
        <source>the roundtable the commitments were made at</source>
        <translation>المائدة المستديرة التي قُطعت فيها الالتزامات</translation>
    </message>
    <message>
        <source>show what would be created; write nothing</source>
        <translation>عرض ما سيُنشأ؛ دون كتابة أي شيء</translation>
    </message>
    <message>
        <source>create actors not in the register as organisations of this kind (e.g. member_state)</source>
        <translation>إنشاء الجهات غير الموجودة في السجل كمنظمات من هذا النوع (مثلًا member_state)</translation>
    </message>
    <message>
        <source>push this copy&apos;s changes to the secretariat server, then pull the server&apos;s</source>
        <translation>إرسال تغييرات هذه النسخة إلى خادم الأمانة، ثم جلب تغييرات الخادم</translation>
    </message>
    <message>
        <source>the server&apos;s address (first run; later the one signed in to)</source>
        <translation>عنوان الخادم (في المرة الأولى؛ لاحقًا العنوان الذي سُجّل الدخول إليه)</translation>
    </message>
    <message>
        <source>a file holding the one-time sign-in token; exchanged for a credential kept in the database</source>
        <translation>ملف يحتوي على رمز تسجيل الدخول لمرة واحدة؛ يُستبدل ببيانات اعتماد تُحفظ في قاعدة البيانات</translation>
    </message>
    <message>
        <source>sign in with this user&apos;s password instead of a token (typed at the terminal, or read from the file $TPDESK_SERVER_PASSWORD_FILE names)</source>
        <translation>تسجيل الدخول بكلمة مرور هذا المستخدم بدلًا من رمز (تُكتب في الطرفية، أو تُقرأ من الملف الذي يسمّيه $TPDESK_SERVER_PASSWORD_FILE)</translation>
    </message>
    <message>
        <source>check this installation end to end, offscreen, on a throwaway database; prints JSON (exit 1 if a step failed)</source>
        <translation>التحقق من هذا التثبيت من البداية إلى النهاية، دون شاشة، على قاعدة بيانات مؤقتة؛ يطبع JSON (رمز الخروج 1 إذا فشلت خطوة)</translation>
    </message>
    <message>
        <source>a forgotten passphrase, recovered through the secretariat</source>
        <translation>عبارة مرور منسية، تُسترد عن طريق الأمانة</translation>
    </message>
    <message>
        <source>On the laptop, once: &apos;recovery seal&apos; keeps the data key sealed to the secretariat&apos;s public key (in NAME.db.keys). Passphrase forgotten: the laptop sends &apos;recovery request -o FILE&apos; to the secretariat, which runs &apos;recovery grant FILE -o UNLOCK&apos; and reads the one-time code it prints to the person by phone; the laptop runs &apos;recovery apply UNLOCK&apos; with the code ($TPDESK_PASSPHRASE_FILE) and a new passphrase ($TPDESK_NEW_PASSPHRASE_FILE). The unlock file without its code opens nothing.</source>
        <translation>على الحاسوب المحمول، مرة واحدة: يُبقي &apos;recovery seal&apos; مفتاح البيانات مختومًا بالمفتاح العام للأمانة (في NAME.db.keys). عند نسيان عبارة المرور: يرسل الحاسوب المحمول &apos;recovery request -o FILE&apos; إلى الأمانة، التي تشغّل &apos;recovery grant FILE -o UNLOCK&apos; وتقرأ الرمز لمرة واحدة الذي يطبعه على الشخص عبر الهاتف؛ ثم يشغّل الحاسوب المحمول &apos;recovery apply UNLOCK&apos; بالرمز ($TPDESK_PASSPHRASE_FILE) وعبارة مرور جديدة ($TPDESK_NEW_PASSPHRASE_FILE). ملف إلغاء القفل بدون رمزه لا يفتح شيئًا.</translation>
    </message>
    <message>
        <source>seal the database&apos;s key to the secretariat&apos;s public key (laptop, unlocked)</source>
        <translation>ختم مفتاح قاعدة البيانات بالمفتاح العام للأمانة (الحاسوب المحمول، بعد إلغاء القفل)</translation>
    </message>
    <message>
        <source>a contact other than the register&apos;s secretariat</source>
        <translation>جهة اتصال غير أمانة السجل</translation>
    </message>
    <message>
        <source>passphrase forgotten: the request to send to the secretariat (laptop)</source>
        <translation>عبارة مرور منسية: الطلب الذي يُرسل إلى الأمانة (الحاسوب المحمول)</translation>
    </message>
    <message>
        <source>answer a request with an unlock file and a one-time code (secretariat)</source>
        <translation>الرد على طلب بملف إلغاء القفل ورمز لمرة واحدة (الأمانة)</translation>
    </message>
    <message>
        <source>unlock with the secretariat&apos;s file and code, and set a new passphrase (laptop)</source>
        <translation>إلغاء القفل بملف الأمانة ورمزها، وتعيين عبارة مرور جديدة (الحاسوب المحمول)</translation>
    </message>
    <message>
        <source>show or set this copy&apos;s name and the user&apos;s name</source>
        <translation>عرض أو تعيين اسم هذه النسخة واسم المستخدم</translation>
    </message>
    <message>
        <source>this copy&apos;s name, as others see it</source>
        <translation>اسم هذه النسخة كما يراه الآخرون</translation>
    </message>
    <message>
        <source>your name, for the history</source>
        <translation>اسمك، للسجل التاريخي</translation>
    </message>
    <message>
        <source>this copy&apos;s public keys</source>
        <translation>المفاتيح العامة لهذه النسخة</translation>
    </message>
    <message>
        <source>print the public keys and their fingerprint</source>
        <translation>طباعة المفاتيح العامة وبصمتها</translation>
    </message>
    <message>
        <source>write the public keys to give to others</source>
        <translation>كتابة المفاتيح العامة لتسليمها إلى الآخرين</translation>
    </message>
    <message>
        <source>the copies this one exchanges files with</source>
        <translation>النسخ التي تتبادل معها هذه النسخة الملفات</translation>
    </message>
    <message>
        <source>trust another copy&apos;s keys file</source>
        <translation>الوثوق بملف مفاتيح نسخة أخرى</translation>
    </message>
    <message>
        <source>call it this rather than its own name</source>
        <translation>تسميتها بهذا الاسم بدلًا من اسمها</translation>
    </message>
    <message>
        <source>the contacts and their fingerprints</source>
        <translation>جهات الاتصال وبصماتها</translation>
    </message>
    <message>
        <source>signed, encrypted exchange files (.tpx)</source>
        <translation>ملفات تبادل موقّعة ومشفرة (‎.tpx‎)</translation>
    </message>
    <message>
        <source>a pack for delegates, or a reply</source>
        <translation>ملف للمندوبين، أو رد</translation>
    </message>
    <message>
        <source>a briefing pack&apos;s id or title</source>
        <translation>معرّف ملف إحاطة أو عنوانه</translation>
    </message>
    <message>
        <source>every change the recipients have not had yet</source>
        <translation>كل التغييرات التي لم يتلقها المستلمون بعد</translation>
    </message>
    <message>
        <source>check and merge an exchange file</source>
        <translation>التحقق من ملف تبادل ودمجه</translation>
    </message>
    <message>
        <source>show what it would do; write nothing</source>
        <translation>عرض ما سيحدث؛ دون كتابة أي شيء</translation>
    </message>
    <message>
        <source>print the preview as JSON</source>
        <translation>طباعة المعاينة بصيغة JSON</translation>
    </message>
    <message>
        <source>edits that met and wait for a decision</source>
        <translation>تعديلات تعارضت وتنتظر قرارًا</translation>
    </message>
    <message>
        <source>open conflicts and proposals</source>
        <translation>التعارضات والمقترحات المفتوحة</translation>
    </message>
    <message>
        <source>Passphrase for {path}: </source>
        <translation>عبارة المرور لـ {path}: </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>لم يُعثر على شيء</numerusform>
            <numerusform>عُثر على نتيجة واحدة</numerusform>
            <numerusform>عُثر على نتيجتين</numerusform>
            <numerusform>عُثر على %Ln نتائج</numerusform>
            <numerusform>عُثر على %Ln نتيجة</numerusform>
            <numerusform>عُثر على %Ln نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>لا تعديلات</numerusform>
            <numerusform>تعديل واحد</numerusform>
            <numerusform>تعديلان</numerusform>
            <numerusform>%Ln تعديلات</numerusform>
            <numerusform>%Ln تعديلًا</numerusform>
            <numerusform>%Ln تعديل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln problem(s) found in {live} records</source>
        <translation>
            <numerusform>{file}: لم يُعثر على مشكلات في {live} من السجلات</numerusform>
            <numerusform>{file}: عُثر على مشكلة واحدة في {live} من السجلات</numerusform>
            <numerusform>{file}: عُثر على مشكلتين في {live} من السجلات</numerusform>
            <numerusform>{file}: عُثر على %Ln مشكلات في {live} من السجلات</numerusform>
            <numerusform>{file}: عُثر على %Ln مشكلة في {live} من السجلات</numerusform>
            <numerusform>{file}: عُثر على %Ln مشكلة في {live} من السجلات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s)</source>
        <translation>
            <numerusform>لا نسخ احتياطية</numerusform>
            <numerusform>نسخة احتياطية واحدة</numerusform>
            <numerusform>نسختان احتياطيتان</numerusform>
            <numerusform>%Ln نسخ احتياطية</numerusform>
            <numerusform>%Ln نسخة احتياطية</numerusform>
            <numerusform>%Ln نسخة احتياطية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) to check before the roundtable:</source>
        <translation>
            <numerusform>لا نقاط للتحقق منها قبل اجتماع المائدة المستديرة:</numerusform>
            <numerusform>نقطة واحدة للتحقق منها قبل اجتماع المائدة المستديرة:</numerusform>
            <numerusform>نقطتان للتحقق منهما قبل اجتماع المائدة المستديرة:</numerusform>
            <numerusform>%Ln نقاط للتحقق منها قبل اجتماع المائدة المستديرة:</numerusform>
            <numerusform>%Ln نقطة للتحقق منها قبل اجتماع المائدة المستديرة:</numerusform>
            <numerusform>%Ln نقطة للتحقق منها قبل اجتماع المائدة المستديرة:</numerusform>
        </translation>
    </message>
    <message>
        <source>{pack}: no points to check</source>
        <translation>{pack}: لا توجد نقاط يجب التحقق منها</translation>
    </message>
    <message numerus="yes">
        <source>{pack}: %Ln point(s) to check</source>
        <translation>
            <numerusform>{pack}: لا نقاط للتحقق منها</numerusform>
            <numerusform>{pack}: نقطة واحدة للتحقق منها</numerusform>
            <numerusform>{pack}: نقطتان للتحقق منهما</numerusform>
            <numerusform>{pack}: %Ln نقاط للتحقق منها</numerusform>
            <numerusform>{pack}: %Ln نقطة للتحقق منها</numerusform>
            <numerusform>{pack}: %Ln نقطة للتحقق منها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln error(s); nothing imported</source>
        <translation>
            <numerusform>{file}: لا أخطاء؛ لم يُستورد شيء</numerusform>
            <numerusform>{file}: خطأ واحد؛ لم يُستورد شيء</numerusform>
            <numerusform>{file}: خطآن؛ لم يُستورد شيء</numerusform>
            <numerusform>{file}: %Ln أخطاء؛ لم يُستورد شيء</numerusform>
            <numerusform>{file}: %Ln خطأً؛ لم يُستورد شيء</numerusform>
            <numerusform>{file}: %Ln خطأ؛ لم يُستورد شيء</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} (${variable}): the passphrase file cannot be read ({reason})</source>
        <translation>{file} (${variable}): تتعذر قراءة ملف عبارة المرور ({reason})</translation>
    </message>
    <message>
        <source>a passphrase is needed: run in a terminal, or name a file holding it in ${variable}</source>
        <translation>عبارة المرور مطلوبة: شغّل الأمر في طرفية، أو حدّد في ${variable} ملفًا يحتوي عليها</translation>
    </message>
    <message>
        <source>Again, to confirm: </source>
        <translation>مرة أخرى للتأكيد: </translation>
    </message>
    <message>
        <source>{file} (${variable}): the password file cannot be read ({reason})</source>
        <translation>{file} (${variable}): تتعذّر قراءة ملف كلمة المرور ({reason})</translation>
    </message>
    <message>
        <source>a password is needed: run in a terminal, or name a file holding it in ${variable}</source>
        <translation>يلزم إدخال كلمة مرور: شغّل الأمر في طرفية، أو سمِّ في ${variable} ملفًا يحتويها</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing changed</source>
        <translation>كلمتا المرور مختلفتان؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>the password is empty ({source})</source>
        <translation>كلمة المرور فارغة ({source})</translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing changed</source>
        <translation>عبارتا المرور مختلفتان؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>the passphrase is empty ({source})</source>
        <translation>عبارة المرور فارغة ({source})</translation>
    </message>
    <message>
        <source>terminal</source>
        <translation>الطرفية</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>ok: {live} records checked, no problems</source>
        <translation>تم: السجلات التي جرى التحقق منها: {live}، لا توجد مشكلات</translation>
    </message>
    <message>
        <source>backed up to {file}</source>
        <translation>حُفظت نسخة احتياطية في {file}</translation>
    </message>
    <message>
        <source>unusable: {reason}</source>
        <translation>غير صالحة للاستخدام: {reason}</translation>
    </message>
    <message>
        <source>restored {file}; the database as it was is in {before} (restore that to undo)</source>
        <translation>استُعيدت {file}؛ قاعدة البيانات كما كانت موجودة في {before} (استعدها للتراجع)</translation>
    </message>
    <message>
        <source>{file} is already encrypted</source>
        <translation>{file} مشفَّر بالفعل</translation>
    </message>
    <message>
        <source>encrypted {file}; its key is wrapped in {name}.keys beside it: keep the two together</source>
        <translation>شُفِّر {file}؛ مفتاحه مغلَّف في {name}.keys بجانبه: احتفظ بالملفين معًا</translation>
    </message>
    <message>
        <source>recovery key (shown once; write it down and keep it apart): {key}</source>
        <translation>مفتاح الاسترداد (يُعرض مرة واحدة؛ دوّنه واحفظه في مكان منفصل): {key}</translation>
    </message>
    <message>
        <source>warning: plain copy left: {file} (delete it, or keep it somewhere safe)</source>
        <translation>تحذير: بقيت نسخة غير مشفرة: {file} (احذفها أو احفظها في مكان آمن)</translation>
    </message>
    <message>
        <source>warning: earlier copies of the plain file may persist on the disk until overwritten</source>
        <translation>تحذير: قد تبقى نسخ سابقة من الملف غير المشفر على القرص إلى أن يُكتب فوقها</translation>
    </message>
    <message>
        <source>{file} is not encrypted; run &apos;tpdesk encrypt&apos; first</source>
        <translation>{file} غير مشفَّر؛ شغّل &apos;tpdesk encrypt&apos; أولًا</translation>
    </message>
    <message>
        <source>passphrase changed for {file}</source>
        <translation>تم تغيير عبارة المرور لـ {file}</translation>
    </message>
    <message>
        <source>wrote a plain copy to {file}: anyone with the file can read it</source>
        <translation>كُتبت نسخة غير مشفرة في {file}: يستطيع أي شخص لديه الملف قراءتها</translation>
    </message>
    <message>
        <source>the key of {file} is now also sealed to {name} ({fingerprint}): they can unlock it if the passphrase is forgotten</source>
        <translation>مفتاح {file} مختوم الآن أيضًا لـ {name} ({fingerprint}): يمكنه إلغاء قفله إذا نُسيت عبارة المرور</translation>
    </message>
    <message>
        <source>wrote {file}: send it to {holders}, then call them; they give you a one-time code for their unlock file (&apos;tpdesk recovery apply&apos;)</source>
        <translation>كُتب {file}: أرسله إلى {holders}، ثم اتصل بهم؛ سيعطونك رمزًا لمرة واحدة لملف إلغاء القفل الخاص بهم (&apos;tpdesk recovery apply&apos;)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>wrote {file}: the unlock for {contact}&apos;s database</source>
        <translation>كُتب {file}: إلغاء قفل قاعدة بيانات {contact}</translation>
    </message>
    <message>
        <source>one-time code (shown once; read it to {contact} by phone, never send it with the file): {code}</source>
        <translation>الرمز لمرة واحدة (يُعرض مرة واحدة؛ اقرأه على {contact} عبر الهاتف، ولا ترسله أبدًا مع الملف): {code}</translation>
    </message>
    <message>
        <source>One-time code from the secretariat: </source>
        <translation>الرمز لمرة واحدة من الأمانة: </translation>
    </message>
    <message>
        <source>unlocked {file}: its passphrase is the new one</source>
        <translation>أُلغي قفل {file}: عبارة مروره هي العبارة الجديدة</translation>
    </message>
    <message>
        <source>status value or label</source>
        <translation>قيمة الحالة أو تسميتها</translation>
    </message>
    <message>
        <source>activity category</source>
        <translation>فئة الأنشطة</translation>
    </message>
    <message>
        <source>sector of common interest</source>
        <translation>قطاع ذو اهتمام مشترك</translation>
    </message>
    <message>
        <source>EU Member State ISO code</source>
        <translation>رمز ISO للدولة العضو في الاتحاد الأوروبي</translation>
    </message>
    <message>
        <source>funding instrument, e.g. mpf, amif, ndici</source>
        <translation>أداة التمويل، مثلًا mpf أو amif أو ndici</translation>
    </message>
    <message>
        <source>organisation kind</source>
        <translation>نوع المنظمة</translation>
    </message>
    <message>
        <source>commitments past their due date, neither fulfilled nor cancelled</source>
        <translation>الالتزامات التي تجاوزت موعد استحقاقها، غير المنجزة وغير الملغاة</translation>
    </message>
    <message>
        <source>open commitments due in the next DAYS days</source>
        <translation>الالتزامات القائمة المستحقة خلال الأيام DAYS القادمة</translation>
    </message>
    <message>
        <source>full-text filter</source>
        <translation>تصفية بالنص الكامل</translation>
    </message>
    <message>
        <source>{option} takes no filters</source>
        <translation>{option} لا يقبل عوامل تصفية</translation>
    </message>
    <message>
        <source>wrote {file}</source>
        <translation>كُتب {file}</translation>
    </message>
    <message>
        <source>dry run: nothing written</source>
        <translation>تشغيل تجريبي: لم يُكتب شيء</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>register</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>مستلم age</translation>
    </message>
    <message>
        <source>wrote {file}: {name}, fingerprint {fingerprint}</source>
        <translation>كُتب {file}: {name}، البصمة {fingerprint}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>لا جهات اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتا اتصال</numerusform>
            <numerusform>%Ln جهات اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>; dry run: nothing written</source>
        <translation>؛ تشغيل تجريبي: لم يُكتب شيء</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>لا تعارضات مفتوحة</numerusform>
            <numerusform>تعارض واحد مفتوح</numerusform>
            <numerusform>تعارضان مفتوحان</numerusform>
            <numerusform>%Ln تعارضات مفتوحة</numerusform>
            <numerusform>%Ln تعارضًا مفتوحًا</numerusform>
            <numerusform>%Ln تعارض مفتوح</numerusform>
        </translation>
    </message>
    <message>
        <source>--user and --token-file: sign in with one or the other</source>
        <translation>--user و--token-file: سجّل الدخول بأحدهما فقط</translation>
    </message>
    <message>
        <source>{file}: the token file cannot be read ({reason})</source>
        <translation>{file}: تتعذر قراءة ملف الرمز ({reason})</translation>
    </message>
    <message>
        <source>--user: name the server too (--server URL)</source>
        <translation>--user: سمِّ الخادم أيضًا (--server URL)</translation>
    </message>
    <message>
        <source>Password of {user} on {server}: </source>
        <translation>كلمة مرور {user} على {server}: </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) not in the register: add them as organisations, or rerun with --create-actors KIND; nothing imported</source>
        <translation>
            <numerusform>لا جهات معنية غير موجودة في السجل؛ لم يُستورد شيء</numerusform>
            <numerusform>جهة معنية واحدة غير موجودة في السجل: أضفها كمنظمة، أو أعد التشغيل باستخدام ‎--create-actors KIND؛ لم يُستورد شيء</numerusform>
            <numerusform>جهتان معنيتان غير موجودتين في السجل: أضفهما كمنظمتين، أو أعد التشغيل باستخدام ‎--create-actors KIND؛ لم يُستورد شيء</numerusform>
            <numerusform>%Ln جهات معنية غير موجودة في السجل: أضفها كمنظمات، أو أعد التشغيل باستخدام ‎--create-actors KIND؛ لم يُستورد شيء</numerusform>
            <numerusform>%Ln جهة معنية غير موجودة في السجل: أضفها كمنظمات، أو أعد التشغيل باستخدام ‎--create-actors KIND؛ لم يُستورد شيء</numerusform>
            <numerusform>%Ln جهة معنية غير موجودة في السجل: أضفها كمنظمات، أو أعد التشغيل باستخدام ‎--create-actors KIND؛ لم يُستورد شيء</numerusform>
        </translation>
    </message>
    <message>
        <source>tpdesk: error: --db: the path is empty; name a database file</source>
        <translation>tpdesk: خطأ: --db: المسار فارغ؛ حدّد ملف قاعدة بيانات</translation>
    </message>
    <message>
        <source>{option}: {reason}</source>
        <translation>{option}: {reason}</translation>
    </message>
    <message>
        <source>{error} (run &apos;tpdesk --db {path} demo&apos; to create one with demo data)</source>
        <translation>{error} (شغّل &apos;tpdesk --db {path} demo&apos; لإنشاء واحدة ببيانات العرض التوضيحي)</translation>
    </message>
    <message>
        <source>; the newest good backup is {file} (&apos;tpdesk restore {file}&apos;)</source>
        <translation>؛ أحدث نسخة احتياطية سليمة هي {file} (&apos;tpdesk restore {file}&apos;)</translation>
    </message>
    <message>
        <source>tpdesk: interrupted</source>
        <translation>tpdesk: تمت المقاطعة</translation>
    </message>
    <message>
        <source>tpdesk: internal error: {error} (logged to {log})</source>
        <translation>tpdesk: خطأ داخلي: {error} (سُجّل في {log})</translation>
    </message>
</context>
<context>
    <name>CliColumn</name>
    <message>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>launched</source>
        <translation>تاريخ الإطلاق</translation>
    </message>
    <message>
        <source>member states</source>
        <translation>الدول الأعضاء</translation>
    </message>
    <message>
        <source>sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <source>no.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>end</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>marking</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>record and field</source>
        <translation>السجل والحقل</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>المُبقى عليه</translation>
    </message>
    <message>
        <source>other</source>
        <translation>الآخر</translation>
    </message>
    <message>
        <source>by</source>
        <translation>بواسطة</translation>
    </message>
</context>
<context>
    <name>ColumnMenu</name>
    <message>
        <source>Move Left</source>
        <translation>نقل إلى اليسار</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>نقل إلى اليمين</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>إعادة تعيين الأعمدة</translation>
    </message>
</context>
<context>
    <name>Commitment</name>
    <message>
        <source>Partnership:</source>
        <translation>الشراكة:</translation>
    </message>
    <message>
        <source>Commitment:</source>
        <translation>الالتزام:</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>الجهات الفاعلة:</translation>
    </message>
    <message>
        <source>Made at:</source>
        <translation>قُطع في:</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>تاريخ القطع:</translation>
    </message>
    <message>
        <source>Linked activity:</source>
        <translation>النشاط المرتبط:</translation>
    </message>
    <message>
        <source>Linked objective:</source>
        <translation>الهدف المرتبط:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>تاريخ الاستحقاق:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>التقدم:</translation>
    </message>
</context>
<context>
    <name>CommitmentState</name>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>يستحق قريبًا</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>في الموعد</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
</context>
<context>
    <name>CommitmentStatus</name>
    <message>
        <source>Planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>مُنجَز</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Record and field</source>
        <translation>السجل والحقل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>الحالية</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>الأخرى</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>&amp;Keep Current</source>
        <translation>الإبقاء على ال&amp;حالية</translation>
    </message>
    <message>
        <source>&amp;Take Other</source>
        <translation>&amp;أخذ الأخرى</translation>
    </message>
    <message>
        <source>T&amp;ype a Value…</source>
        <translation>&amp;كتابة قيمة…</translation>
    </message>
    <message>
        <source>No conflicts wait for a decision.</source>
        <translation>لا توجد تعارضات بانتظار قرار.</translation>
    </message>
    <message>
        <source>Type a Value</source>
        <translation>كتابة قيمة</translation>
    </message>
    <message>
        <source>{field}: the value to keep</source>
        <translation>{field}: القيمة المراد الإبقاء عليها</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Conflicts and proposals from exchange files or the server wait for a decision</source>
        <translation>تعارضات ومقترحات واردة من ملفات التبادل أو من الخادم بانتظار قرار</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln to decide</source>
        <translation>
            <numerusform>⚠ لا شيء للبت فيه</numerusform>
            <numerusform>⚠ مسألة واحدة للبت فيها</numerusform>
            <numerusform>⚠ مسألتان للبت فيهما</numerusform>
            <numerusform>⚠ %Ln مسائل للبت فيها</numerusform>
            <numerusform>⚠ %Ln مسألة للبت فيها</numerusform>
            <numerusform>⚠ %Ln مسألة للبت فيها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Keys and Contacts</source>
        <translation>المفاتيح وجهات الاتصال</translation>
    </message>
    <message>
        <source>This copy</source>
        <translation>هذه النسخة</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>اسمك:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>البصمة:</translation>
    </message>
    <message>
        <source>Export My &amp;Keys…</source>
        <translation>تصدير م&amp;فاتيحي…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;Add Contact…</source>
        <translation>إ&amp;ضافة جهة اتصال…</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;جهات الاتصال:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Export My Keys</source>
        <translation>تصدير مفاتيحي</translation>
    </message>
    <message>
        <source>Wrote {file}: give it to the people you exchange files with; they compare fingerprint {fingerprint} with you by phone.</source>
        <translation>تمت كتابة {file}: سلّمه إلى الأشخاص الذين تتبادل معهم الملفات؛ وهم يطابقون معك البصمة {fingerprint} عبر الهاتف.</translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation>إضافة جهة اتصال</translation>
    </message>
    <message>
        <source>Trust &apos;{name}&apos;?

Fingerprint: {fingerprint}

Compare it with the other person, by phone or in person, before you trust it.</source>
        <translation>هل تثق في «{name}»؟

البصمة: {fingerprint}

طابِقها مع الشخص الآخر، عبر الهاتف أو وجهًا لوجه، قبل أن تثق بها.</translation>
    </message>
    <message>
        <source>{name} is a contact now.</source>
        <translation>أصبح {name} من جهات الاتصال.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>{path}: no such backup file</source>
        <translation>{path}: ملف النسخة الاحتياطية غير موجود</translation>
    </message>
    <message>
        <source>{path}: a -wal file lies beside it, so the file alone is not the whole backup; open it in tpdesk once, or copy it as it was made</source>
        <translation>{path}: يوجد بجانبه ملف ‎-wal‏، فالملف وحده ليس النسخة الاحتياطية كاملة؛ افتحه في tpdesk مرة واحدة، أو انسخه كما أُنشئ</translation>
    </message>
    <message>
        <source>{path} is a plain database, but this database is encrypted; nothing changed</source>
        <translation>{path} قاعدة بيانات غير مشفرة، لكن قاعدة البيانات هذه مشفرة؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>{path} is encrypted (or not a database), but this database is not; nothing changed</source>
        <translation>{path} مشفر (أو ليس قاعدة بيانات)، لكن قاعدة البيانات هذه غير مشفرة؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({detail}); nothing changed</source>
        <translation>{path}: تتعذر القراءة ({detail})؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>{path} is not a tpdesk database; nothing changed</source>
        <translation>{path} ليس قاعدة بيانات tpdesk؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>{path} is damaged ({check}); nothing changed</source>
        <translation>{path} تالف ({check})؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>{path} was written by a newer tpdesk (schema step {step!r}); nothing changed</source>
        <translation>{path} كُتب بإصدار أحدث من tpdesk (خطوة المخطط {step!r})؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>no briefing pack with id or title {id_or_title!r} (see &apos;tpdesk list packs&apos;)</source>
        <translation>لا يوجد ملف إحاطة بالمعرّف أو العنوان {id_or_title!r} (انظر &apos;tpdesk list packs&apos;)</translation>
    </message>
    <message>
        <source>{count} briefing packs are titled {id_or_title!r}; give the id instead</source>
        <translation>عنوان {count} من ملفات الإحاطة هو {id_or_title!r}؛ أدخل المعرّف بدلًا منه</translation>
    </message>
    <message>
        <source>no roundtable with id or title {id_or_title!r} (give its id, or the partner&apos;s code and its number, e.g. &apos;TN 5&apos;)</source>
        <translation>لا توجد مائدة مستديرة بالمعرّف أو العنوان {id_or_title!r} (أدخل معرّفها، أو رمز الشريك ورقمها، مثل &apos;TN 5&apos;)</translation>
    </message>
    <message>
        <source>{count} roundtables match {id_or_title!r}; give the id instead</source>
        <translation>تطابق {count} من الموائد المستديرة {id_or_title!r}؛ أدخل المعرّف بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Activity &apos;{title}&apos; has no lead or implementing organisation</source>
        <translation>النشاط &apos;{title}&apos; ليس له جهة رائدة ولا جهة منفذة</translation>
    </message>
    <message>
        <source>Activity &apos;{title}&apos; has no funding line</source>
        <translation>النشاط &apos;{title}&apos; ليس له بند تمويل</translation>
    </message>
    <message>
        <source>Commitment &apos;{caption}&apos; has no due date</source>
        <translation>الالتزام &apos;{caption}&apos; ليس له تاريخ استحقاق</translation>
    </message>
    <message>
        <source>Commitment &apos;{caption}&apos; has no actor</source>
        <translation>الالتزام &apos;{caption}&apos; ليست له جهة معنية</translation>
    </message>
    <message>
        <source>Section &apos;{title}&apos; is empty</source>
        <translation>القسم &apos;{title}&apos; فارغ</translation>
    </message>
    <message>
        <source>{target}: the copy is damaged ({check}); nothing changed</source>
        <translation>{target}: النسخة تالفة ({check})؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>{target}: the copy has {theirs} rows in {table}, not {mine}; nothing changed</source>
        <translation>{target}: في النسخة {theirs} صفًا في {table} وليس {mine}؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>{target}: the copy cannot be read back ({exc}); nothing changed</source>
        <translation>{target}: تتعذر إعادة قراءة النسخة ({exc})؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>a change is stamped {moment}, more than a day ahead of this computer&apos;s clock: the sender&apos;s clock is wrong; nothing merged</source>
        <translation>تحمل إحدى التعديلات الطابع الزمني {moment}، أي قبل ساعة هذا الحاسوب بأكثر من يوم: ساعة المرسل خاطئة؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>the demo data needs today&apos;s date on or after {earliest_today} (the store says {today})</source>
        <translation>تتطلب بيانات العرض التوضيحي أن يكون تاريخ اليوم {earliest_today} أو بعده (قاعدة البيانات تشير إلى {today})</translation>
    </message>
    <message>
        <source>count must be 0 or more, not {count}</source>
        <translation>يجب أن يكون العدد 0 أو أكثر، وليس {count}</translation>
    </message>
    <message>
        <source>no demo partnership is left to add synthetic activities to</source>
        <translation>لم تتبقَّ شراكة تجريبية تُضاف إليها أنشطة اصطناعية</translation>
    </message>
    <message>
        <source>{path} is open in another program (another tpdesk?); close it first</source>
        <translation>{path} مفتوح في برنامج آخر (نسخة أخرى من tpdesk؟)؛ أغلقه أولًا</translation>
    </message>
    <message>
        <source>{target}: cannot be written ({reason})</source>
        <translation>{target}: تتعذر الكتابة ({reason})</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>{target} is {what}; name a file for the copy</source>
        <translation>{target}: {what}؛ حدّد ملفًا للنسخة</translation>
    </message>
    <message>
        <source>the database is locked; unlock it with its passphrase</source>
        <translation>قاعدة البيانات مقفلة؛ ألغِ قفلها بعبارة المرور الخاصة بها</translation>
    </message>
    <message>
        <source>{path}: the key file cannot be read ({strerror})</source>
        <translation>{path}: تتعذر قراءة ملف المفتاح ({strerror})</translation>
    </message>
    <message>
        <source>{path}: not a tpdesk key file</source>
        <translation>{path}: ليس ملف مفتاح tpdesk</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>عبارة المرور خاطئة</translation>
    </message>
    <message>
        <source>a passphrase cannot be empty</source>
        <translation>لا يمكن أن تكون عبارة المرور فارغة</translation>
    </message>
    <message>
        <source>the file refers to records this copy does not hold ({problem} for a {kind}); nothing merged</source>
        <translation>يشير الملف إلى سجلات لا تحتويها هذه النسخة ({problem} لـ {kind})؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>no conflict with id {conflict_id}</source>
        <translation>لا يوجد تعارض بالمعرّف {conflict_id}</translation>
    </message>
    <message>
        <source>conflict {conflict_id} is already resolved</source>
        <translation>التعارض {conflict_id} محلول بالفعل</translation>
    </message>
    <message>
        <source>{label} {record_id} is not in this copy</source>
        <translation>السجل {label} {record_id} غير موجود في هذه النسخة</translation>
    </message>
    <message>
        <source>{label} &apos;{caption}&apos; is no longer there</source>
        <translation>السجل {label} &apos;{caption}&apos; لم يعد موجودًا</translation>
    </message>
    <message>
        <source>does not apply to partnerships</source>
        <translation>لا ينطبق على الشراكات</translation>
    </message>
    <message>
        <source>does not apply to organisations</source>
        <translation>لا ينطبق على المنظمات</translation>
    </message>
    <message>
        <source>does not apply to roundtables</source>
        <translation>لا ينطبق على الموائد المستديرة</translation>
    </message>
    <message>
        <source>does not apply to roadmaps</source>
        <translation>لا ينطبق على خرائط الطريق</translation>
    </message>
    <message>
        <source>does not apply to activities</source>
        <translation>لا ينطبق على الأنشطة</translation>
    </message>
    <message>
        <source>does not apply to commitments</source>
        <translation>لا ينطبق على الالتزامات</translation>
    </message>
    <message>
        <source>does not apply to notes</source>
        <translation>لا ينطبق على الملاحظات</translation>
    </message>
    <message>
        <source>does not apply to briefing packs</source>
        <translation>لا ينطبق على ملفات الإحاطة</translation>
    </message>
    <message>
        <source>{days} days from today is past the year 9999</source>
        <translation>{days} يومًا من اليوم تتجاوز السنة 9999</translation>
    </message>
    <message>
        <source>unknown country code {value!r}</source>
        <translation>رمز بلد غير معروف {value!r}</translation>
    </message>
    <message>
        <source>{code} is not an EU Member State</source>
        <translation>{code} ليس دولة عضوًا في الاتحاد الأوروبي</translation>
    </message>
    <message>
        <source>{name}: not a usable public key ({exc})</source>
        <translation>{name}: مفتاح عام غير صالح للاستخدام ({exc})</translation>
    </message>
    <message>
        <source>the request is not sealed to this copy&apos;s key</source>
        <translation>الطلب غير مختوم بمفتاح هذه النسخة</translation>
    </message>
    <message>
        <source>the request&apos;s sealed key is damaged</source>
        <translation>المفتاح المختوم في الطلب تالف</translation>
    </message>
    <message>
        <source>{where}: not a tpdesk recovery request</source>
        <translation>{where}: ليس طلب استرداد من tpdesk</translation>
    </message>
    <message>
        <source>{where}: the key is sealed to {holders}, not to this copy</source>
        <translation>{where}: المفتاح مختوم لـ {holders} وليس لهذه النسخة</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>{where}: not a tpdesk unlock file</source>
        <translation>{where}: ليس ملف إلغاء قفل من tpdesk</translation>
    </message>
    <message>
        <source>{where}: wrong one-time code; nothing changed</source>
        <translation>{where}: الرمز لمرة واحدة خاطئ؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>{what} cannot be deleted: {listed} cannot do without it</source>
        <translation>يتعذر حذف السجل {what}: لا غنى عنه لـ {listed}</translation>
    </message>
    <message>
        <source>{what} cannot be removed: it is used by {listed}</source>
        <translation>يتعذر إزالة السجل {what}: يستخدمه {listed}</translation>
    </message>
    <message>
        <source>{what} cannot be deleted: it is used by {listed}</source>
        <translation>يتعذر حذف السجل {what}: يستخدمه {listed}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnership(s)</source>
        <translation>
            <numerusform>لا شراكات</numerusform>
            <numerusform>شراكة واحدة</numerusform>
            <numerusform>شراكتان</numerusform>
            <numerusform>%Ln شراكات</numerusform>
            <numerusform>%Ln شراكة</numerusform>
            <numerusform>%Ln شراكة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>لا منظمات</numerusform>
            <numerusform>منظمة واحدة</numerusform>
            <numerusform>منظمتان</numerusform>
            <numerusform>%Ln منظمات</numerusform>
            <numerusform>%Ln منظمة</numerusform>
            <numerusform>%Ln منظمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln roundtable(s)</source>
        <translation>
            <numerusform>لا موائد مستديرة</numerusform>
            <numerusform>مائدة مستديرة واحدة</numerusform>
            <numerusform>مائدتان مستديرتان</numerusform>
            <numerusform>%Ln موائد مستديرة</numerusform>
            <numerusform>%Ln مائدة مستديرة</numerusform>
            <numerusform>%Ln مائدة مستديرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln roadmap(s)</source>
        <translation>
            <numerusform>لا خرائط طريق</numerusform>
            <numerusform>خارطة طريق واحدة</numerusform>
            <numerusform>خارطتا طريق</numerusform>
            <numerusform>%Ln خرائط طريق</numerusform>
            <numerusform>%Ln خارطة طريق</numerusform>
            <numerusform>%Ln خارطة طريق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>لا أنشطة</numerusform>
            <numerusform>نشاط واحد</numerusform>
            <numerusform>نشاطان</numerusform>
            <numerusform>%Ln أنشطة</numerusform>
            <numerusform>%Ln نشاطًا</numerusform>
            <numerusform>%Ln نشاط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>لا التزامات</numerusform>
            <numerusform>التزام واحد</numerusform>
            <numerusform>التزامان</numerusform>
            <numerusform>%Ln التزامات</numerusform>
            <numerusform>%Ln التزامًا</numerusform>
            <numerusform>%Ln التزام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>لا ملاحظات</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%Ln ملاحظات</numerusform>
            <numerusform>%Ln ملاحظة</numerusform>
            <numerusform>%Ln ملاحظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln briefing pack(s)</source>
        <translation>
            <numerusform>لا ملفات إحاطة</numerusform>
            <numerusform>ملف إحاطة واحد</numerusform>
            <numerusform>ملفا إحاطة</numerusform>
            <numerusform>%Ln ملفات إحاطة</numerusform>
            <numerusform>%Ln ملف إحاطة</numerusform>
            <numerusform>%Ln ملف إحاطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> ولا غير</numerusform>
            <numerusform> وواحد آخر</numerusform>
            <numerusform> واثنان آخران</numerusform>
            <numerusform> و%Ln أخرى</numerusform>
            <numerusform> و%Ln أخرى</numerusform>
            <numerusform> و%Ln أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} و{last}</translation>
    </message>
    <message>
        <source>{status!r} is neither an activity nor a commitment status</source>
        <translation>{status!r} ليست حالة نشاط ولا حالة التزام</translation>
    </message>
    <message>
        <source>these are this copy&apos;s own keys, not another copy&apos;s</source>
        <translation>هذه مفاتيح هذه النسخة نفسها، وليست مفاتيح نسخة أخرى</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا يوجد أي منها بعد</translation>
    </message>
    <message>
        <source>{wanted!r} matches more than one contact; contacts: {known}</source>
        <translation>{wanted!r} يطابق أكثر من جهة اتصال؛ جهات الاتصال: {known}</translation>
    </message>
    <message>
        <source>{wanted!r} is not a contact; contacts: {known}</source>
        <translation>{wanted!r} ليس جهة اتصال؛ جهات الاتصال: {known}</translation>
    </message>
    <message>
        <source>this copy already holds a register; import the pack into a new database file</source>
        <translation>تحتوي هذه النسخة على سجل بالفعل؛ استورد الملف إلى ملف قاعدة بيانات جديد</translation>
    </message>
    <message>
        <source>no {label} with id {record_id}</source>
        <translation>لا يوجد السجل {label} بالمعرّف {record_id}</translation>
    </message>
    <message>
        <source>no partnership with {code!r}</source>
        <translation>لا توجد شراكة مع {code!r}</translation>
    </message>
    <message>
        <source>a saved search needs a name</source>
        <translation>يجب أن يكون للبحث المحفوظ اسم</translation>
    </message>
    <message>
        <source>saved search {name!r}: unknown record kind {kind!r}</source>
        <translation>البحث المحفوظ {name!r}: نوع سجل غير معروف {kind!r}</translation>
    </message>
    <message>
        <source>{label} &apos;{caption}&apos; could not be saved: {exc}</source>
        <translation>تعذر حفظ السجل {label} &apos;{caption}&apos;: {exc}</translation>
    </message>
    <message>
        <source>{label} &apos;{caption}&apos; was deleted; restore it first</source>
        <translation>حُذف السجل {label} &apos;{caption}&apos;؛ استعده أولًا</translation>
    </message>
    <message>
        <source>{count} {label} records could not be saved: {exc}</source>
        <translation>تعذر حفظ {count} من السجلات ({label}): {exc}</translation>
    </message>
    <message>
        <source>{label} &apos;{caption}&apos; is already deleted</source>
        <translation>السجل {label} &apos;{caption}&apos; محذوف بالفعل</translation>
    </message>
    <message>
        <source>the trash cannot be emptied: a live {kind} record still refers to a deleted {target}; run &apos;tpdesk check&apos;</source>
        <translation>يتعذر إفراغ سلة المحذوفات: لا يزال سجل قائم ({kind}) يشير إلى سجل محذوف ({target})؛ شغّل &apos;tpdesk check&apos;</translation>
    </message>
    <message>
        <source>no deleted {label} with id {record_id}</source>
        <translation>لا يوجد السجل {label} محذوفًا بالمعرّف {record_id}</translation>
    </message>
    <message>
        <source>{where}: name a file for the backup, not a folder</source>
        <translation>{where}: حدّد ملفًا للنسخة الاحتياطية، لا مجلدًا</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>{target}: a backup cannot overwrite the database itself</source>
        <translation>{target}: لا يمكن للنسخة الاحتياطية أن تحل محل قاعدة البيانات نفسها</translation>
    </message>
    <message>
        <source>{target}: folder {parent} does not exist</source>
        <translation>{target}: المجلد {parent} غير موجود</translation>
    </message>
    <message>
        <source>{target}: the backup cannot be written ({reason})</source>
        <translation>{target}: تتعذر كتابة النسخة الاحتياطية ({reason})</translation>
    </message>
    <message>
        <source>no partnership with code {code!r}</source>
        <translation>لا توجد شراكة بالرمز {code!r}</translation>
    </message>
    <message>
        <source>{what} was changed by another edit or a merge since it was opened</source>
        <translation>عُدِّل السجل {what} بتعديل آخر أو بدمج منذ فتحه</translation>
    </message>
    <message>
        <source>{what} is no longer there</source>
        <translation>السجل {what} لم يعد موجودًا</translation>
    </message>
    <message>
        <source>Objective &apos;{code}&apos; of roadmap &apos;{caption}&apos;</source>
        <translation>الهدف &apos;{code}&apos; من خارطة الطريق &apos;{caption}&apos;</translation>
    </message>
    <message>
        <source>cannot sort {label} records by {order_by!r}</source>
        <translation>يتعذر فرز السجلات ({label}) حسب {order_by!r}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} مجلد، وليس ملف قاعدة بيانات</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: الملف غير موجود</translation>
    </message>
    <message>
        <source>{path} is a folder, not {noun}</source>
        <translation>{path} مجلد، وليس {noun}</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: تتعذر القراءة ({reason})</translation>
    </message>
    <message>
        <source>{path}: folder {parent} does not exist</source>
        <translation>{path}: المجلد {parent} غير موجود</translation>
    </message>
    <message>
        <source>{target}: cannot write (permission denied; is it open in {reader}?)</source>
        <translation>{target}: تتعذر الكتابة (الإذن مرفوض؛ هل الملف مفتوح في {reader}؟)</translation>
    </message>
    <message>
        <source>{target}: cannot write ({reason})</source>
        <translation>{target}: تتعذر الكتابة ({reason})</translation>
    </message>
    <message>
        <source>no database at {path}</source>
        <translation>لا توجد قاعدة بيانات في {path}</translation>
    </message>
    <message>
        <source>{path}: cannot be created ({reason})</source>
        <translation>{path}: يتعذر الإنشاء ({reason})</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a tpdesk database; delete it, or name a new file to create one</source>
        <translation>{path} ملف فارغ، وليس قاعدة بيانات tpdesk؛ احذفه، أو حدّد ملفًا جديدًا لإنشاء قاعدة بيانات</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({strerror})</source>
        <translation>{path}: تتعذر القراءة ({strerror})</translation>
    </message>
    <message>
        <source>{path} is not encrypted, but {name} beside it says it is; if an encryption was interrupted, move that key file away</source>
        <translation>{path} غير مشفر، لكن {name} الموجود بجانبه يشير إلى أنه مشفر؛ إذا انقطع التشفير، فانقل ملف المفتاح هذا إلى مكان آخر</translation>
    </message>
    <message>
        <source>{path} is not a tpdesk database (not an SQLite file; or encrypted, and its key file {name} is missing)</source>
        <translation>{path} ليس قاعدة بيانات tpdesk (ليس ملف SQLite؛ أو أنه مشفر وملف مفتاحه {name} مفقود)</translation>
    </message>
    <message>
        <source>{path}: the key does not open this database (its key file {name} belongs to another database, or the file is damaged)</source>
        <translation>{path}: المفتاح لا يفتح قاعدة البيانات هذه (ملف مفتاحها {name} يخص قاعدة بيانات أخرى، أو أن الملف تالف)</translation>
    </message>
    <message>
        <source>{path} is an SQLite database, but not a tpdesk one</source>
        <translation>{path} قاعدة بيانات SQLite، لكنها ليست قاعدة بيانات tpdesk</translation>
    </message>
    <message>
        <source>{path} is an empty SQLite database, not a tpdesk one; delete it, or name a new file to create one</source>
        <translation>{path} قاعدة بيانات SQLite فارغة، وليست قاعدة بيانات tpdesk؛ احذفها، أو حدّد ملفًا جديدًا لإنشاء قاعدة بيانات</translation>
    </message>
    <message>
        <source>{path} was written by a newer tpdesk (schema version {version}); update tpdesk to open it</source>
        <translation>{path} كُتب بإصدار أحدث من tpdesk (إصدار المخطط {version})؛ حدّث tpdesk لفتحه</translation>
    </message>
    <message>
        <source>{path} was written by a newer tpdesk (schema step {newer!r}); update tpdesk to open it</source>
        <translation>{path} كُتب بإصدار أحدث من tpdesk (خطوة المخطط {newer!r})؛ حدّث tpdesk لفتحه</translation>
    </message>
    <message>
        <source>{path} was written by an older tpdesk and is open read-only here, so it cannot be upgraded; open it once where it can be written (a backup is made first)</source>
        <translation>{path} كُتب بإصدار أقدم من tpdesk وهو مفتوح هنا للقراءة فقط، فلا يمكن ترقيته؛ افتحه مرة واحدة حيث تمكن الكتابة فيه (تُنشأ نسخة احتياطية أولًا)</translation>
    </message>
    <message>
        <source>{path} is damaged: table {missing} is missing{more}; restore a backup, or run &apos;tpdesk check&apos;</source>
        <translation>{path} تالف: الجدول {missing} مفقود{more}؛ استعد نسخة احتياطية، أو شغّل &apos;tpdesk check&apos;</translation>
    </message>
    <message>
        <source>{path}: not enough free disk space to back up before upgrading</source>
        <translation>{path}: لا توجد مساحة كافية على القرص لإنشاء نسخة احتياطية قبل الترقية</translation>
    </message>
    <message>
        <source>{path}: cannot back up before upgrading ({reason})</source>
        <translation>{path}: يتعذر إنشاء نسخة احتياطية قبل الترقية ({reason})</translation>
    </message>
    <message>
        <source>{path}: a partnership record cannot be read ({exc}); run &apos;tpdesk check&apos;</source>
        <translation>{path}: يتعذر قراءة سجل شراكة ({exc})؛ شغّل &apos;tpdesk check&apos;</translation>
    </message>
    <message>
        <source>{path}: an organisation record cannot be read ({exc}); run &apos;tpdesk check&apos;</source>
        <translation>{path}: يتعذر قراءة سجل منظمة ({exc})؛ شغّل &apos;tpdesk check&apos;</translation>
    </message>
    <message>
        <source>{path}: a roundtable record cannot be read ({exc}); run &apos;tpdesk check&apos;</source>
        <translation>{path}: يتعذر قراءة سجل مائدة مستديرة ({exc})؛ شغّل &apos;tpdesk check&apos;</translation>
    </message>
    <message>
        <source>{path}: a roadmap record cannot be read ({exc}); run &apos;tpdesk check&apos;</source>
        <translation>{path}: يتعذر قراءة سجل خارطة طريق ({exc})؛ شغّل &apos;tpdesk check&apos;</translation>
    </message>
    <message>
        <source>{path}: an activity record cannot be read ({exc}); run &apos;tpdesk check&apos;</source>
        <translation>{path}: يتعذر قراءة سجل نشاط ({exc})؛ شغّل &apos;tpdesk check&apos;</translation>
    </message>
    <message>
        <source>{path}: a commitment record cannot be read ({exc}); run &apos;tpdesk check&apos;</source>
        <translation>{path}: يتعذر قراءة سجل التزام ({exc})؛ شغّل &apos;tpdesk check&apos;</translation>
    </message>
    <message>
        <source>{path}: a note record cannot be read ({exc}); run &apos;tpdesk check&apos;</source>
        <translation>{path}: يتعذر قراءة سجل ملاحظة ({exc})؛ شغّل &apos;tpdesk check&apos;</translation>
    </message>
    <message>
        <source>{path}: a briefing pack record cannot be read ({exc}); run &apos;tpdesk check&apos;</source>
        <translation>{path}: يتعذر قراءة سجل ملف إحاطة ({exc})؛ شغّل &apos;tpdesk check&apos;</translation>
    </message>
    <message>
        <source>{text!r} is not one of: {choices}</source>
        <translation>{text!r} ليست من بين: {choices}</translation>
    </message>
    <message>
        <source>{source}: that is the database itself, not a backup of it</source>
        <translation>{source}: هذه قاعدة البيانات نفسها، وليست نسخة احتياطية منها</translation>
    </message>
    <message>
        <source>{path}: the backup cannot be put in place ({reason}); nothing changed</source>
        <translation>{path}: يتعذر وضع النسخة الاحتياطية في مكانها ({reason})؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>{label}: {exc}</source>
        <translation>{label}: {exc}</translation>
    </message>
    <message>
        <source>{label}: {cleaned!r} is not a date (YYYY-MM-DD)</source>
        <translation>{label}: {cleaned!r} ليس تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{label} cannot be empty</source>
        <translation>لا يمكن أن يكون {label} فارغًا</translation>
    </message>
    <message>
        <source>Tag cannot be empty</source>
        <translation>لا يمكن أن يكون الوسم فارغًا</translation>
    </message>
    <message>
        <source>{path}: wrong passphrase; nothing changed</source>
        <translation>{path}: عبارة المرور خاطئة؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>{path} is already encrypted</source>
        <translation>{path} مشفر بالفعل</translation>
    </message>
    <message>
        <source>{path}: cannot be encrypted ({reason}); nothing changed</source>
        <translation>{path}: يتعذّر التشفير ({reason})؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>{path} is not encrypted; run &apos;tpdesk encrypt&apos; first</source>
        <translation>{path} غير مشفر؛ شغّل &apos;tpdesk encrypt&apos; أولًا</translation>
    </message>
    <message>
        <source>{path} is not encrypted; use &apos;tpdesk backup -o&apos; for a copy</source>
        <translation>{path} غير مشفر؛ استخدم &apos;tpdesk backup -o&apos; لعمل نسخة</translation>
    </message>
    <message>
        <source>{out}: a plain copy cannot overwrite the database itself</source>
        <translation>{out}: لا يمكن لنسخة غير مشفرة أن تحل محل قاعدة البيانات نفسها</translation>
    </message>
    <message>
        <source>{out}: folder {parent} does not exist</source>
        <translation>{out}: المجلد {parent} غير موجود</translation>
    </message>
    <message>
        <source>this computer has no usable keyring ({exc}); the passphrase will be asked each time</source>
        <translation>لا تتوفر في هذا الحاسوب سلسلة مفاتيح صالحة ({exc})؛ ستُطلب عبارة المرور في كل مرة</translation>
    </message>
    <message numerus="yes">
        <source>wrote {path}: {kind}, %Ln change(s) to {records} records, for {recipients}</source>
        <translation>
            <numerusform>كُتب {path}: {kind}، لا تعديلات على {records} من السجلات، إلى {recipients}</numerusform>
            <numerusform>كُتب {path}: {kind}، تعديل واحد على {records} من السجلات، إلى {recipients}</numerusform>
            <numerusform>كُتب {path}: {kind}، تعديلان على {records} من السجلات، إلى {recipients}</numerusform>
            <numerusform>كُتب {path}: {kind}، %Ln تعديلات على {records} من السجلات، إلى {recipients}</numerusform>
            <numerusform>كُتب {path}: {kind}، %Ln تعديلًا على {records} من السجلات، إلى {recipients}</numerusform>
            <numerusform>كُتب {path}: {kind}، %Ln تعديل على {records} من السجلات، إلى {recipients}</numerusform>
        </translation>
    </message>
    <message>
        <source>{output}: an exchange file&apos;s name ends in .tpx</source>
        <translation>{output}: ينتهي اسم ملف التبادل بـ ‎.tpx</translation>
    </message>
    <message>
        <source>give 1 to 120 characters</source>
        <translation>أدخل من 1 إلى 120 حرفًا</translation>
    </message>
    <message>
        <source>name at least one contact</source>
        <translation>حدّد جهة اتصال واحدة على الأقل</translation>
    </message>
    <message>
        <source>{file}: {kind} from {sender}</source>
        <translation>{file}: {kind} من {sender}</translation>
    </message>
    <message>
        <source>added: {kind} &apos;{caption}&apos;</source>
        <translation>أُضيف السجل: {kind} &apos;{caption}&apos;</translation>
    </message>
    <message>
        <source>changed: {kind} &apos;{caption}&apos;: {field}: {old} → {new}</source>
        <translation>عُدِّل السجل: {kind} &apos;{caption}&apos;: {field}: {old} ← {new}</translation>
    </message>
    <message>
        <source>deleted: {kind} &apos;{caption}&apos;</source>
        <translation>حُذف السجل: {kind} &apos;{caption}&apos;</translation>
    </message>
    <message>
        <source>{conflict}: {kind} &apos;{caption}&apos;: {field}: kept {kept}, other {other} ({who})</source>
        <translation>{conflict}: {kind} &apos;{caption}&apos;: {field}: المُبقى {kept}، الآخر {other} ({who})</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>تعارض</translation>
    </message>
    <message numerus="yes">
        <source>note: the sender&apos;s copy was %Ln change(s) of this copy behind when it wrote the file</source>
        <translation>
            <numerusform>ملاحظة: لم تكن نسخة المرسل متأخرة عن هذه النسخة حين كتبت الملف</numerusform>
            <numerusform>ملاحظة: كانت نسخة المرسل متأخرة بتعديل واحد عن هذه النسخة حين كتبت الملف</numerusform>
            <numerusform>ملاحظة: كانت نسخة المرسل متأخرة بتعديلين عن هذه النسخة حين كتبت الملف</numerusform>
            <numerusform>ملاحظة: كانت نسخة المرسل متأخرة بـ %Ln تعديلات عن هذه النسخة حين كتبت الملف</numerusform>
            <numerusform>ملاحظة: كانت نسخة المرسل متأخرة بـ %Ln تعديلًا عن هذه النسخة حين كتبت الملف</numerusform>
            <numerusform>ملاحظة: كانت نسخة المرسل متأخرة بـ %Ln تعديل عن هذه النسخة حين كتبت الملف</numerusform>
        </translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>مؤشر</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>section</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>line to take</source>
        <translation>نقطة مقترح طرحها</translation>
    </message>
    <message>
        <source>{part}: added</source>
        <translation>{part}: إضافة</translation>
    </message>
    <message>
        <source>{part}: removed</source>
        <translation>{part}: إزالة</translation>
    </message>
    <message>
        <source>{part}: changed</source>
        <translation>{part}: تعديل</translation>
    </message>
    <message>
        <source>{where}: the file is encrypted with a passphrase; give it</source>
        <translation>{where}: الملف مشفر بعبارة مرور؛ أدخلها</translation>
    </message>
    <message>
        <source>{where}: the manifest has no watermark; nothing merged</source>
        <translation>{where}: لا يحتوي البيان على علامة مائية؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>{where}: the manifest names no sender; nothing merged</source>
        <translation>{where}: لا يذكر البيان أي مرسل؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>{where}: this copy wrote the file; nothing to merge</source>
        <translation>{where}: هذه النسخة هي التي كتبت الملف؛ لا شيء للدمج</translation>
    </message>
    <message>
        <source>{where}: signed by an unknown key ({name!s}); add the sender&apos;s keys with &apos;tpdesk contacts add FILE&apos; after comparing fingerprints; nothing merged</source>
        <translation>{where}: موقّع بمفتاح غير معروف ({name!s})؛ أضف مفاتيح المرسل باستخدام &apos;tpdesk contacts add FILE&apos; بعد مقارنة البصمات؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>{where}: the file is addressed to someone else; nothing merged</source>
        <translation>{where}: الملف موجه إلى شخص آخر؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>{where}: written by a newer tpdesk (schema {schema}); update tpdesk; nothing merged</source>
        <translation>{where}: كُتب بإصدار أحدث من tpdesk (المخطط {schema})؛ حدّث tpdesk؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>{where}: the file belongs to another register (another secretariat&apos;s copy); nothing merged</source>
        <translation>{where}: الملف يخص سجلًا آخر (نسخة أمانة أخرى)؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>{where}: {member} line {number}: {exc}; nothing merged</source>
        <translation>{where}: {member} السطر {number}: {exc}؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>{path}: name a file in an existing folder</source>
        <translation>{path}: حدّد ملفًا في مجلد موجود</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: تتعذر الكتابة ({reason})</translation>
    </message>
    <message>
        <source>{fmt!r} is not a pack format (one of: {formats})</source>
        <translation>{fmt!r} ليس تنسيقًا للملف (التنسيقات: {formats})</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln error(s) in the file; nothing imported</source>
        <translation>
            <numerusform>{name}: لا أخطاء في الملف؛ لم يُستورد شيء</numerusform>
            <numerusform>{name}: خطأ واحد في الملف؛ لم يُستورد شيء</numerusform>
            <numerusform>{name}: خطآن في الملف؛ لم يُستورد شيء</numerusform>
            <numerusform>{name}: %Ln أخطاء في الملف؛ لم يُستورد شيء</numerusform>
            <numerusform>{name}: %Ln خطأً في الملف؛ لم يُستورد شيء</numerusform>
            <numerusform>{name}: %Ln خطأ في الملف؛ لم يُستورد شيء</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} {errors}; nothing imported</source>
        <translation>{name} {errors}؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>{name} changed since the preview; preview it again (nothing imported)</source>
        <translation>تغيّر {name} منذ المعاينة؛ عاينه مرة أخرى (لم يُستورد شيء)</translation>
    </message>
    <message>
        <source>new commitment {row}: say what was committed</source>
        <translation>الالتزام الجديد {row}: اذكر ما تم الالتزام به</translation>
    </message>
    <message>
        <source>new commitment {row}: {exc}</source>
        <translation>الالتزام الجديد {row}: {exc}</translation>
    </message>
    <message>
        <source>not in the register: {names} (add them as organisations first)</source>
        <translation>غير موجودة في السجل: {names} (أضفها كمنظمات أولًا)</translation>
    </message>
    <message>
        <source>commitment &apos;{caption}&apos;: {exc}</source>
        <translation>الالتزام &apos;{caption}&apos;: {exc}</translation>
    </message>
    <message>
        <source>{errors}{more}; nothing recorded</source>
        <translation>{errors}{more}؛ لم يُسجَّل شيء</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln error(s) in the action table; nothing imported</source>
        <translation>
            <numerusform>{name}: لا أخطاء في جدول الإجراءات؛ لم يُستورد شيء</numerusform>
            <numerusform>{name}: خطأ واحد في جدول الإجراءات؛ لم يُستورد شيء</numerusform>
            <numerusform>{name}: خطآن في جدول الإجراءات؛ لم يُستورد شيء</numerusform>
            <numerusform>{name}: %Ln أخطاء في جدول الإجراءات؛ لم يُستورد شيء</numerusform>
            <numerusform>{name}: %Ln خطأً في جدول الإجراءات؛ لم يُستورد شيء</numerusform>
            <numerusform>{name}: %Ln خطأ في جدول الإجراءات؛ لم يُستورد شيء</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: unknown actors: {actors}: add them as organisations, or create them with the import; nothing imported</source>
        <translation>{name}: جهات معنية غير معروفة: {actors}: أضفها كمنظمات، أو أنشئها أثناء الاستيراد؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>this copy&apos;s secretariat is not a contact yet: add its keys, or name another contact</source>
        <translation>أمانة هذه النسخة ليست جهة اتصال بعد: أضف مفاتيحها، أو حدّد جهة اتصال أخرى</translation>
    </message>
    <message>
        <source>no database at {db}</source>
        <translation>لا توجد قاعدة بيانات في {db}</translation>
    </message>
    <message>
        <source>{db} is not encrypted: it needs no recovery</source>
        <translation>{db} غير مشفر: لا يحتاج إلى استرداد</translation>
    </message>
    <message>
        <source>{db}: its key is sealed to no one (&apos;tpdesk recovery seal&apos; was not run); only its recovery key, if one was made, can replace the passphrase</source>
        <translation>{db}: مفتاحها غير مختوم لأحد (لم يُشغَّل &apos;tpdesk recovery seal&apos;)؛ لا يمكن استبدال عبارة المرور إلا بمفتاح الاسترداد إن كان قد أُنشئ</translation>
    </message>
    <message>
        <source>{where}: the database is not one of this copy&apos;s contacts; nothing written</source>
        <translation>{where}: قاعدة البيانات ليست من جهات اتصال هذه النسخة؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>{path} is not encrypted: it needs no recovery</source>
        <translation>{path} غير مشفر: لا يحتاج إلى استرداد</translation>
    </message>
    <message>
        <source>{unlock}: the unlock is for another copy; nothing changed</source>
        <translation>{unlock}: إلغاء القفل مخصص لنسخة أخرى؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>the sign-in token is empty or not a token (paste the line &apos;tpdesk-server users add&apos; printed)</source>
        <translation>رمز تسجيل الدخول فارغ أو ليس رمزًا (الصق السطر الذي طبعه &apos;tpdesk-server users add&apos;)</translation>
    </message>
    <message>
        <source>a sign-in needs the one-time token, or the user name and password</source>
        <translation>يتطلب تسجيل الدخول الرمز لمرة واحدة، أو اسم المستخدم وكلمة المرور</translation>
    </message>
    <message>
        <source>{host}: the sign-in answer lacks {exc}; is this a tpdesk server?</source>
        <translation>{host}: ينقص ردَّ تسجيل الدخول {exc}؛ هل هذا خادم tpdesk؟</translation>
    </message>
    <message>
        <source>{host}: this copy belongs to another register than the server&apos;s; sync a new, empty database file</source>
        <translation>{host}: هذه النسخة تخص سجلًا غير سجل الخادم؛ زامن ملف قاعدة بيانات جديدًا فارغًا</translation>
    </message>
    <message>
        <source>a sign-in needs the server&apos;s address</source>
        <translation>يتطلب تسجيل الدخول عنوان الخادم</translation>
    </message>
    <message>
        <source>this copy has no server yet: sign in once, with the token the secretariat gave you (or your user name and password)</source>
        <translation>لا يوجد خادم لهذه النسخة بعد: سجّل الدخول مرة واحدة بالرمز الذي أعطتك إياه الأمانة (أو باسم المستخدم وكلمة المرور)</translation>
    </message>
    <message>
        <source>not signed in to {server_address}: sign in with the token the secretariat gave you (or your user name and password)</source>
        <translation>لم يُسجَّل الدخول إلى {server_address}: سجّل الدخول بالرمز الذي أعطتك إياه الأمانة (أو باسم المستخدم وكلمة المرور)</translation>
    </message>
    <message>
        <source>pushed {pushed}, pulled {pulled} before that (kept; the rest on the next sync)</source>
        <translation>أُرسل {pushed} واستُلم {pulled} قبل ذلك (محفوظة؛ والباقي في المزامنة التالية)</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>لم يتغير شيء</translation>
    </message>
    <message>
        <source>{where} cannot be read ({exc})</source>
        <translation>تتعذر قراءة {where} ({exc})</translation>
    </message>
    <message>
        <source>{host}: the answer has no vector; is this a tpdesk server?</source>
        <translation>{host}: لا يحتوي الرد على متجه؛ هل هذا خادم tpdesk؟</translation>
    </message>
    <message>
        <source>{host}: the answer is not the sync protocol&apos;s JSON; is this a tpdesk server?</source>
        <translation>{host}: الرد ليس JSON بروتوكول المزامنة؛ هل هذا خادم tpdesk؟</translation>
    </message>
    <message>
        <source>{host}: the answer is not the sync protocol&apos;s JSON</source>
        <translation>{host}: الرد ليس JSON بروتوكول المزامنة</translation>
    </message>
    <message>
        <source>{host}: TLS error: the server&apos;s certificate is not trusted ({verify_message})</source>
        <translation>{host}: خطأ TLS: شهادة الخادم غير موثوق بها ({verify_message})</translation>
    </message>
    <message>
        <source>{host}: TLS error ({reason})</source>
        <translation>{host}: خطأ TLS ({reason})</translation>
    </message>
    <message>
        <source>{host}: timeout: no answer within {timeout:g} s</source>
        <translation>{host}: انتهت المهلة: لا رد خلال {timeout:g} ث</translation>
    </message>
    <message>
        <source>{host}: server unreachable (the name is not found; offline?)</source>
        <translation>{host}: يتعذر الوصول إلى الخادم (الاسم غير موجود؛ غير متصل؟)</translation>
    </message>
    <message>
        <source>{host}: server unreachable ({why})</source>
        <translation>{host}: يتعذر الوصول إلى الخادم ({why})</translation>
    </message>
    <message>
        <source>{host}: the connection broke off ({error})</source>
        <translation>{host}: انقطع الاتصال ({error})</translation>
    </message>
    <message>
        <source>this copy belongs to another register</source>
        <translation>تنتمي هذه النسخة إلى سجل آخر</translation>
    </message>
    <message>
        <source>{host}: the server redirects elsewhere ({location}); give that address</source>
        <translation>{host}: يعيد الخادم التوجيه إلى مكان آخر ({location})؛ أدخل ذلك العنوان</translation>
    </message>
    <message>
        <source>{host}: server unreachable ({reason})</source>
        <translation>{host}: يتعذر الوصول إلى الخادم ({reason})</translation>
    </message>
    <message>
        <source>{url!r}: give the server&apos;s address as https://HOST[:PORT]</source>
        <translation>{url!r}: أدخل عنوان الخادم بالصيغة https://HOST[:PORT]</translation>
    </message>
    <message>
        <source>{url!r}: the address takes no user, query or fragment</source>
        <translation>{url!r}: لا يقبل العنوان مستخدمًا أو استعلامًا أو جزءًا</translation>
    </message>
    <message>
        <source>{url!r}: plain http is refused except on this computer; use https://</source>
        <translation>{url!r}: يُرفض http العادي إلا على هذا الحاسوب؛ استخدم https://</translation>
    </message>
    <message>
        <source>{host}: 401: the server refused this copy&apos;s sign-in (a disabled account, a wrong password, or an unknown or used token); ask the secretariat for a new token</source>
        <translation>{host}: 401: رفض الخادم تسجيل دخول هذه النسخة (حساب معطّل، أو كلمة مرور خاطئة، أو رمز غير معروف أو مستخدم)؛ اطلب رمزًا جديدًا من الأمانة</translation>
    </message>
    <message>
        <source>{host}: 409: {reason}</source>
        <translation>{host}: 409: {reason}</translation>
    </message>
    <message>
        <source>{host}: 413: the push is too large</source>
        <translation>{host}: 413: الإرسال كبير جدًا</translation>
    </message>
    <message>
        <source>{host}: 503: the server&apos;s database is unavailable; it is tried again later</source>
        <translation>{host}: 503: قاعدة بيانات الخادم غير متاحة؛ ستُعاد المحاولة لاحقًا</translation>
    </message>
    <message>
        <source>{host}: {code}: {reason}</source>
        <translation>{host}: {code}: {reason}</translation>
    </message>
    <message>
        <source>{name} has none of the register&apos;s sheets ({names}): is it a workbook exported by tpdesk?</source>
        <translation>لا يحتوي {name} على أي من أوراق السجل ({names}): هل هو مصنف صدّره tpdesk؟</translation>
    </message>
    <message>
        <source>holds a formula with no saved result: type the value, or open and save the file in Excel or LibreOffice first</source>
        <translation>يحتوي على صيغة بلا نتيجة محفوظة: اكتب القيمة، أو افتح الملف واحفظه في Excel أو LibreOffice أولًا</translation>
    </message>
    <message>
        <source>merged header cells ({cells}): unmerge them so each column has its own header</source>
        <translation>خلايا عناوين مدمجة ({cells}): ألغِ دمجها ليكون لكل عمود عنوانه</translation>
    </message>
    <message>
        <source>column {column} has no header</source>
        <translation>العمود {column} بلا عنوان</translation>
    </message>
    <message>
        <source>this header appears twice</source>
        <translation>يتكرر هذا العنوان مرتين</translation>
    </message>
    <message>
        <source>not a register column; ignored</source>
        <translation>ليس عمودًا من أعمدة السجل؛ تم تجاهله</translation>
    </message>
    <message>
        <source>column &apos;{header}&apos; is missing</source>
        <translation>العمود &apos;{header}&apos; مفقود</translation>
    </message>
    <message>
        <source>id {record_id} is also on row {row}</source>
        <translation>المعرّف {record_id} موجود أيضًا في الصف {row}</translation>
    </message>
    <message>
        <source>is required: the id of the {label} (from the {sheet}s sheet)</source>
        <translation>مطلوب: معرّف {label} (من ورقة {sheet}s)</translation>
    </message>
    <message>
        <source>ref &apos;{ref}&apos; is also on row {row}</source>
        <translation>المرجع &apos;{ref}&apos; موجود أيضًا في الصف {row}</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; looks like a row number: choose another ref</source>
        <translation>&apos;{ref}&apos; يشبه رقم صف: اختر مرجعًا آخر</translation>
    </message>
    <message>
        <source>the new {label} on {sheet} row {row} has errors: fix that row first</source>
        <translation>يحتوي السجل الجديد ({label}) في الورقة {sheet} الصف {row} على أخطاء: صحّح ذلك الصف أولًا</translation>
    </message>
    <message>
        <source>a new {label}&apos;s {part_noun} is new too: leave {column} empty</source>
        <translation>{part_noun} الخاص بـ {label} جديد هو أيضًا جديد: اترك {column} فارغًا</translation>
    </message>
    <message>
        <source>is required in a new row</source>
        <translation>إلزامي في صف جديد</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: type {yes} to delete the record, or leave it empty</source>
        <translation>&apos;{value}&apos;: اكتب {yes} لحذف السجل، أو اتركه فارغًا</translation>
    </message>
    <message>
        <source>no {label} with id {record_id} in the register</source>
        <translation>لا يوجد السجل {label} بالمعرّف {record_id} في السجل</translation>
    </message>
    <message>
        <source>a new row cannot be deleted</source>
        <translation>لا يمكن حذف صف جديد</translation>
    </message>
    <message>
        <source>no {label} with id {parent_id} in the register</source>
        <translation>لا يوجد السجل {label} بالمعرّف {parent_id} في السجل</translation>
    </message>
    <message>
        <source>its {label} is deleted on row {deleted}; leave this row unchanged</source>
        <translation>السجل {label} التابع له محذوف في الصف {deleted}؛ اترك هذا الصف دون تغيير</translation>
    </message>
    <message>
        <source>no {part_noun} with id {part_id} in {label} &apos;{caption}&apos;</source>
        <translation>لا يوجد {part_noun} بالمعرّف {part_id} في {label} &apos;{caption}&apos;</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln error(s) in the workbook; nothing imported</source>
        <translation>
            <numerusform>{name}: لا أخطاء في المصنف؛ لم يُستورد شيء</numerusform>
            <numerusform>{name}: خطأ واحد في المصنف؛ لم يُستورد شيء</numerusform>
            <numerusform>{name}: خطآن في المصنف؛ لم يُستورد شيء</numerusform>
            <numerusform>{name}: %Ln أخطاء في المصنف؛ لم يُستورد شيء</numerusform>
            <numerusform>{name}: %Ln خطأً في المصنف؛ لم يُستورد شيء</numerusform>
            <numerusform>{name}: %Ln خطأ في المصنف؛ لم يُستورد شيء</numerusform>
        </translation>
    </message>
    <message>
        <source>{problems}{more}; nothing imported</source>
        <translation>{problems}{more}؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>{path}: the database holds text that is not valid UTF-8 (written by another program?); run &apos;tpdesk check&apos; to find it, or restore a backup</source>
        <translation>{path}: تحتوي قاعدة البيانات على نص ليس UTF-8 صالحًا (كتبه برنامج آخر؟)؛ شغّل &apos;tpdesk check&apos; للعثور عليه، أو استعد نسخة احتياطية</translation>
    </message>
    <message numerus="yes">
        <source> (and %Ln more)</source>
        <translation>
            <numerusform> (ولا غير)</numerusform>
            <numerusform> (وواحد آخر)</numerusform>
            <numerusform> (واثنان آخران)</numerusform>
            <numerusform> (و%Ln أخرى)</numerusform>
            <numerusform> (و%Ln أخرى)</numerusform>
            <numerusform> (و%Ln أخرى)</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda item {number} &apos;{title}&apos; has no lines to take</source>
        <translation>بند جدول الأعمال {number} &apos;{title}&apos; ليست له نقاط مقترح طرحها</translation>
    </message>
    <message>
        <source>funding line</source>
        <translation>بند تمويل</translation>
    </message>
    <message>
        <source>progress update</source>
        <translation>تحديث التقدم</translation>
    </message>
    <message>
        <source>the {label} is no longer in the register</source>
        <translation>السجل {label} لم يعد موجودًا في السجل</translation>
    </message>
    <message>
        <source>this row&apos;s {part_noun} is no longer in the register</source>
        <translation>{part_noun} الخاص بهذا الصف لم يعد موجودًا في السجل</translation>
    </message>
    <message>
        <source>{label} &apos;{caption}&apos;: {field}: {message}</source>
        <translation>{label} &apos;{caption}&apos;: {field}: {message}</translation>
    </message>
    <message>
        <source>{file}, table {table}</source>
        <translation>{file}، الجدول {table}</translation>
    </message>
    <message>
        <source>{where}, row {row}</source>
        <translation>{where}، الصف {row}</translation>
    </message>
    <message>
        <source>{at}, column &apos;{column}&apos;: is empty</source>
        <translation>{at}، العمود &apos;{column}&apos;: فارغ</translation>
    </message>
    <message>
        <source>no actor: name at least one organisation</source>
        <translation>لا يوجد فاعل: حدّد منظمة واحدة على الأقل</translation>
    </message>
    <message>
        <source>actor &apos;{name}&apos; names {count} organisations: use the full name</source>
        <translation>الفاعل &apos;{name}&apos; يشير إلى {count} منظمات: استخدم الاسم الكامل</translation>
    </message>
    <message>
        <source>column &apos;{header}&apos;: &apos;{text}&apos; is not a date (e.g. 31/12/2026 or December 2026)</source>
        <translation>العمود &apos;{header}&apos;: &apos;{text}&apos; ليس تاريخًا (مثل 31/12/2026 أو ديسمبر 2026)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>no objective &apos;{text}&apos; in the partnership&apos;s roadmaps ({known})</source>
        <translation>لا يوجد هدف &apos;{text}&apos; في خرائط طريق الشراكة ({known})</translation>
    </message>
    <message>
        <source>no activity titled &apos;{text}&apos; in the partnership</source>
        <translation>لا يوجد نشاط بعنوان &apos;{text}&apos; في الشراكة</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>ينتهي قبل أن يبدأ</translation>
    </message>
    <message>
        <source>period ends before it starts</source>
        <translation>تنتهي الفترة قبل أن تبدأ</translation>
    </message>
    <message>
        <source>has no actor</source>
        <translation>ليست له جهة معنية</translation>
    </message>
    <message>
        <source>due date is not a date</source>
        <translation>تاريخ الاستحقاق ليس تاريخًا</translation>
    </message>
    <message>
        <source>shares its number with another roundtable of the partnership</source>
        <translation>يحمل الرقم نفسه الذي تحمله مائدة مستديرة أخرى للشراكة</translation>
    </message>
    <message>
        <source>{name} holds a value tpdesk does not know</source>
        <translation>يحتوي {name} على قيمة لا يعرفها tpdesk</translation>
    </message>
    <message>
        <source>{column} holds text that is not valid UTF-8</source>
        <translation>يحتوي {column} على نص ليس UTF-8 صالحًا</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>فهرس البحث</translation>
    </message>
    <message>
        <source>the full-text index is damaged ({exc}); searches may miss records: restore a backup</source>
        <translation>فهرس البحث في النص الكامل تالف ({exc})؛ قد لا تعثر عمليات البحث على بعض السجلات: استعد نسخة احتياطية</translation>
    </message>
    <message>
        <source>database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <source>table {table} is missing</source>
        <translation>الجدول {table} مفقود</translation>
    </message>
    <message>
        <source>points at a missing {parent} row</source>
        <translation>يشير إلى صف {parent} مفقود</translation>
    </message>
    <message>
        <source>{field} points at {noun} {target}, which is deleted or missing</source>
        <translation>يشير {field} إلى {noun} {target}، وهو سجل محذوف أو مفقود</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>سجل</translation>
    </message>
    <message numerus="yes">
        <source>%Ln live {kind} record(s) not indexed</source>
        <translation>
            <numerusform>لا سجلات قائمة ({kind}) غير مفهرسة</numerusform>
            <numerusform>سجل قائم واحد ({kind}) غير مفهرس</numerusform>
            <numerusform>سجلان قائمان ({kind}) غير مفهرسين</numerusform>
            <numerusform>%Ln سجلات قائمة ({kind}) غير مفهرسة</numerusform>
            <numerusform>%Ln سجلًا قائمًا ({kind}) غير مفهرس</numerusform>
            <numerusform>%Ln سجل قائم ({kind}) غير مفهرس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) with no text</source>
        <translation>
            <numerusform>لا مستندات بلا نص</numerusform>
            <numerusform>مستند واحد بلا نص</numerusform>
            <numerusform>مستندان بلا نص</numerusform>
            <numerusform>%Ln مستندات بلا نص</numerusform>
            <numerusform>%Ln مستندًا بلا نص</numerusform>
            <numerusform>%Ln مستند بلا نص</numerusform>
        </translation>
    </message>
    <message>
        <source>{code!r} is not the code of an EU Member State (e.g. DE, IT)</source>
        <translation>{code!r} ليس رمز دولة عضو في الاتحاد الأوروبي (مثل DE وIT)</translation>
    </message>
    <message>
        <source>{sector!r} is not a sector of any partnership (known: {known})</source>
        <translation>{sector!r} ليس قطاعًا لأي شراكة (القطاعات المعروفة: {known})</translation>
    </message>
    <message>
        <source>{where}: not a tpdesk keys file (&apos;tpdesk keys export&apos; writes one): {exc}</source>
        <translation>{where}: ليس ملف مفاتيح tpdesk (يكتب &apos;tpdesk keys export&apos; ملفًا منها): {exc}</translation>
    </message>
    <message>
        <source>{where}: the signature does not match: the file was altered after it was written; nothing merged</source>
        <translation>{where}: التوقيع غير مطابق: عُدِّل الملف بعد كتابته؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>{where}: not a tpdesk exchange file (.tpx)</source>
        <translation>{where}: ليس ملف تبادل tpdesk (.tpx)</translation>
    </message>
    <message>
        <source>the passphrase is wrong</source>
        <translation>عبارة المرور غير صحيحة</translation>
    </message>
    <message>
        <source>the file is encrypted to keys, not to a passphrase</source>
        <translation>الملف مشفّر لمفاتيح، لا بعبارة مرور</translation>
    </message>
    <message>
        <source>the file is addressed to someone else, not to this copy</source>
        <translation>الملف موجّه إلى جهة أخرى، لا إلى هذه النسخة</translation>
    </message>
    <message>
        <source>the file is truncated or damaged</source>
        <translation>الملف مبتور أو تالف</translation>
    </message>
    <message>
        <source>{where}: {problem}; nothing merged</source>
        <translation>{where}: {problem}؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>{where}: the file has no signed manifest; nothing merged</source>
        <translation>{where}: لا يحتوي الملف على بيان موقَّع؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>{where}: a member of the file is too large; nothing merged</source>
        <translation>{where}: أحد مكونات الملف كبير جدًا؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>{where}: the file is damaged ({exc}); nothing merged</source>
        <translation>{where}: الملف تالف ({exc})؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>{where}: the manifest cannot be read ({exc}); nothing merged</source>
        <translation>{where}: تتعذر قراءة البيان ({exc})؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>{where}: written in exchange format {version}, newer than this tpdesk reads ({known}); update tpdesk; nothing merged</source>
        <translation>{where}: مكتوب بصيغة التبادل {version}، وهي أحدث مما يقرؤه هذا الإصدار من tpdesk ({known})؛ حدّث tpdesk؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>{where}: a member does not match the manifest&apos;s SHA-256: the file was altered after it was written; nothing merged</source>
        <translation>{where}: أحد المكونات لا يطابق قيمة SHA-256 في البيان: عُدِّل الملف بعد كتابته؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>no organisation called &apos;{text}&apos; (use its short name or name)</source>
        <translation>لا توجد منظمة باسم &apos;{text}&apos; (استخدم اسمها المختصر أو اسمها)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; names {count} organisations: use the full name</source>
        <translation>&apos;{text}&apos; يشير إلى {count} منظمات: استخدم الاسم الكامل</translation>
    </message>
    <message>
        <source>cannot be cleared: {column} is required</source>
        <translation>لا يمكن إفراغه: {column} إلزامي</translation>
    </message>
    <message>
        <source>none in the register</source>
        <translation>لا يوجد أي منها في السجل</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a partnership: use a partner country code ({codes})</source>
        <translation>&apos;{text}&apos; ليس شراكة: استخدم رمز بلد شريك ({codes})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a country code (two letters, e.g. DE)</source>
        <translation>&apos;{text}&apos; ليس رمز بلد (حرفان، مثل DE)</translation>
    </message>
    <message>
        <source>needs the row&apos;s partnership to find the roundtable</source>
        <translation>يلزم شراكة الصف للعثور على المائدة المستديرة</translation>
    </message>
    <message>
        <source>the partnership has no roundtable number {number}</source>
        <translation>لا توجد للشراكة مائدة مستديرة رقم {number}</translation>
    </message>
    <message>
        <source>cannot be imported ({kind})</source>
        <translation>لا يمكن استيراده ({kind})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date</source>
        <translation>&apos;{text}&apos; ليس تاريخًا</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has fractions of a cent</source>
        <translation>&apos;{text}&apos; يتضمن كسورًا من السنت</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative; amounts are 0 or more</source>
        <translation>&apos;{text}&apos; سالب؛ المبالغ 0 أو أكثر</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount in euros</source>
        <translation>&apos;{text}&apos; ليس مبلغًا باليورو</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative; use 0 or more</source>
        <translation>&apos;{text}&apos; سالب؛ استخدم 0 أو أكثر</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a known {column}: use one of {labels}</source>
        <translation>&apos;{text}&apos; ليس قيمة معروفة لـ{column}: استخدم إحدى القيم التالية: {labels}</translation>
    </message>
    <message numerus="yes">
        <source>{name} has no action table: none of its %Ln table(s) has a header row with an Actor and an Action column (or Acteur, Action)</source>
        <translation>
            <numerusform>{name} لا يحتوي على جدول إجراءات: لا يحتوي أي من جداوله (%Ln) على صف عناوين فيه عمود Actor وعمود Action (أو Acteur وAction)</numerusform>
            <numerusform>{name} لا يحتوي على جدول إجراءات: لا يحتوي أي من جداوله (%Ln) على صف عناوين فيه عمود Actor وعمود Action (أو Acteur وAction)</numerusform>
            <numerusform>{name} لا يحتوي على جدول إجراءات: لا يحتوي أي من جداوله (%Ln) على صف عناوين فيه عمود Actor وعمود Action (أو Acteur وAction)</numerusform>
            <numerusform>{name} لا يحتوي على جدول إجراءات: لا يحتوي أي من جداوله (%Ln) على صف عناوين فيه عمود Actor وعمود Action (أو Acteur وAction)</numerusform>
            <numerusform>{name} لا يحتوي على جدول إجراءات: لا يحتوي أي من جداوله (%Ln) على صف عناوين فيه عمود Actor وعمود Action (أو Acteur وAction)</numerusform>
            <numerusform>{name} لا يحتوي على جدول إجراءات: لا يحتوي أي من جداوله (%Ln) على صف عناوين فيه عمود Actor وعمود Action (أو Acteur وAction)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is damaged: not a readable zip archive ({exc})</source>
        <translation>{name} تالف: ليس أرشيف zip قابلًا للقراءة ({exc})</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} is not valid XML ({exc})</source>
        <translation>{name} تالف: {part} ليس XML صالحًا ({exc})</translation>
    </message>
    <message>
        <source>a worksheet is damaged: not valid XML ({exc})</source>
        <translation>إحدى أوراق العمل تالفة: ليست XML صالحًا ({exc})</translation>
    </message>
    <message>
        <source>{name} is damaged or not a workbook tpdesk can read ({error})</source>
        <translation>{name} تالف أو ليس مصنفًا يستطيع tpdesk قراءته ({error})</translation>
    </message>
    <message>
        <source>{target}: a Word document&apos;s name must end in .docx</source>
        <translation>{target}: يجب أن ينتهي اسم مستند Word بـ‎.docx</translation>
    </message>
    <message>
        <source>{target} is a folder</source>
        <translation>{target} مجلد</translation>
    </message>
    <message>
        <source>template {path} not found</source>
        <translation>القالب {path} غير موجود</translation>
    </message>
    <message>
        <source>template {path} is not a Word document (.docx)</source>
        <translation>القالب {path} ليس مستند Word (.docx)</translation>
    </message>
    <message numerus="yes">
        <source>template {path} lacks %Ln style(s): {missing} (a briefing template needs: {needed})</source>
        <translation>
            <numerusform>القالب {path} ينقصه %Ln نمط: {missing} (يحتاج قالب ملف الإحاطة إلى: {needed})</numerusform>
            <numerusform>القالب {path} ينقصه %Ln نمط: {missing} (يحتاج قالب ملف الإحاطة إلى: {needed})</numerusform>
            <numerusform>القالب {path} ينقصه %Ln نمط: {missing} (يحتاج قالب ملف الإحاطة إلى: {needed})</numerusform>
            <numerusform>القالب {path} ينقصه %Ln نمط: {missing} (يحتاج قالب ملف الإحاطة إلى: {needed})</numerusform>
            <numerusform>القالب {path} ينقصه %Ln نمط: {missing} (يحتاج قالب ملف الإحاطة إلى: {needed})</numerusform>
            <numerusform>القالب {path} ينقصه %Ln نمط: {missing} (يحتاج قالب ملف الإحاطة إلى: {needed})</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is empty, not an IATI activity file</source>
        <translation>{name} فارغ، وليس ملف أنشطة IATI</translation>
    </message>
    <message>
        <source>{name} is not an IATI activity file: it has no &lt;iati-activities&gt; element</source>
        <translation>{name} ليس ملف أنشطة IATI: لا يحتوي على العنصر &lt;iati-activities&gt;</translation>
    </message>
    <message>
        <source>{name} line {line}: the file declares a DOCTYPE (entities or an external DTD) before this line; IATI files never need one, so it is refused</source>
        <translation>{name} السطر {line}: يعلن الملف DOCTYPE (كيانات أو DTD خارجي) قبل هذا السطر؛ لا تحتاج ملفات IATI إليه أبدًا، لذا رُفض</translation>
    </message>
    <message>
        <source>an IATI organisation file</source>
        <translation>ملف منظمات IATI</translation>
    </message>
    <message>
        <source>a &lt;{tag}&gt; document</source>
        <translation>مستند &lt;{tag}&gt;</translation>
    </message>
    <message>
        <source>{name} line {line}: {what}, not an IATI activity file (&lt;iati-activities&gt;)</source>
        <translation>{name} السطر {line}: {what}، وليس ملف أنشطة IATI (&lt;iati-activities&gt;)</translation>
    </message>
    <message>
        <source>{name} line {line}: the XML ends too early (is the file complete?): {message}</source>
        <translation>{name} السطر {line}: ينتهي XML قبل أوانه (هل الملف كامل؟): {message}</translation>
    </message>
    <message>
        <source>{name} line {line}: {message}; entities are refused (an entity bomb?)</source>
        <translation>{name} السطر {line}: {message}؛ الكيانات مرفوضة (قنبلة كيانات؟)</translation>
    </message>
    <message>
        <source>{name} line {line}: not well-formed XML: {message}</source>
        <translation>{name} السطر {line}: XML غير سليم البنية: {message}</translation>
    </message>
    <message>
        <source>open it in {program} or LibreOffice and save it as {named} ({suffix})</source>
        <translation>افتحه في {program} أو LibreOffice واحفظه بصيغة {named} ({suffix})</translation>
    </message>
    <message>
        <source>a workbook</source>
        <translation>مصنف</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>مصنف Excel</translation>
    </message>
    <message>
        <source>Excel 97-2003 workbook (.xls)</source>
        <translation>مصنف Excel 97-2003 (.xls)</translation>
    </message>
    <message>
        <source>a text or CSV file</source>
        <translation>ملف نصي أو CSV</translation>
    </message>
    <message>
        <source>in Excel (File &gt; Info &gt; Protect Workbook)</source>
        <translation>في Excel (ملف &gt; معلومات &gt; حماية المصنف)</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>مستند Word</translation>
    </message>
    <message>
        <source>Word 97-2003 document (.doc)</source>
        <translation>مستند Word 97-2003 (.doc)</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>ملف نصي</translation>
    </message>
    <message>
        <source>in Word (File &gt; Info &gt; Protect Document)</source>
        <translation>في Word (ملف &gt; معلومات &gt; حماية المستند)</translation>
    </message>
    <message>
        <source>{name} is empty, not {named}</source>
        <translation>{name} فارغ، وليس {named}</translation>
    </message>
    <message>
        <source>{name} is protected by a password: remove the password {where} and save it again</source>
        <translation>{name} محمي بكلمة مرور: أزل كلمة المرور {where} واحفظه من جديد</translation>
    </message>
    <message>
        <source>{name} is an old {old}, not {suffix}: {save_as}</source>
        <translation>{name} بصيغة قديمة ({old})، وليس {suffix}: {save_as}</translation>
    </message>
    <message>
        <source>{name} is {text}, not {named}: {save_as}</source>
        <translation>{name} هو {text}، وليس {named}: {save_as}</translation>
    </message>
    <message>
        <source>{name} is not {named} ({suffix})</source>
        <translation>{name} ليس {named} ({suffix})</translation>
    </message>
    <message>
        <source>{name} is a zip archive but not {named} (no {part})</source>
        <translation>{name} أرشيف zip لكنه ليس {named} (لا يوجد {part})</translation>
    </message>
    <message>
        <source>{name} holds {files} files, more than the {limit} {noun} may have; refused (a zip bomb?)</source>
        <translation>{name} يحتوي على {files} ملف، أكثر من {limit} المسموح بها لـ{noun}؛ رُفض (قنبلة zip؟)</translation>
    </message>
    <message>
        <source>{name} would unpack to {size} MB, more than the {limit} MB limit; refused (a zip bomb?)</source>
        <translation>{name} سيُفك ضغطه إلى {size} ميغابايت، أكثر من حد {limit} ميغابايت؛ رُفض (قنبلة zip؟)</translation>
    </message>
    <message>
        <source>{name} is protected by a password: remove the password and save it again</source>
        <translation>{name} محمي بكلمة مرور: أزل كلمة المرور واحفظه من جديد</translation>
    </message>
    <message>
        <source>{name}: part {part} unpacks to {ratio} times its packed size; refused (a zip bomb?)</source>
        <translation>{name}: الجزء {part} يُفك ضغطه إلى {ratio} ضعف حجمه المضغوط؛ رُفض (قنبلة zip؟)</translation>
    </message>
    <message>
        <source>{name}: part {part} declares an XML DTD or entities, which Office files never hold; refused</source>
        <translation>{name}: الجزء {part} يعلن DTD لـXML أو كيانات، وهو ما لا تحتويه ملفات Office أبدًا؛ رُفض</translation>
    </message>
    <message>
        <source>{name} is damaged: part {part} is not valid XML ({exc})</source>
        <translation>{name} تالف: الجزء {part} ليس XML صالحًا ({exc})</translation>
    </message>
    <message>
        <source>{target}: a PDF file&apos;s name must end in .pdf</source>
        <translation>{target}: يجب أن ينتهي اسم ملف PDF بـ‎.pdf</translation>
    </message>
    <message>
        <source>{target}: an Excel workbook&apos;s name must end in .xlsx</source>
        <translation>{target}: يجب أن ينتهي اسم مصنف Excel بـ‎.xlsx</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>بعد {days} أيام</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>متأخر يومًا واحدًا</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>متأخر {days} أيام</translation>
    </message>
    <message>
        <source>date to be set</source>
        <translation>التاريخ لم يُحدَّد بعد</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>الشراكات</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>Total funding</source>
        <translation>إجمالي التمويل</translation>
    </message>
    <message>
        <source>Commitments by status</source>
        <translation>الالتزامات حسب الحالة</translation>
    </message>
    <message>
        <source>No commitments recorded</source>
        <translation>لم يُسجَّل أي التزام</translation>
    </message>
    <message>
        <source>Funding by instrument</source>
        <translation>التمويل حسب الأداة</translation>
    </message>
    <message>
        <source>No funding recorded</source>
        <translation>لم يُسجَّل أي تمويل</translation>
    </message>
    <message>
        <source>Next roundtables</source>
        <translation>الموائد المستديرة القادمة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Roundtable</source>
        <translation>المائدة المستديرة</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>In</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Commitments overdue or due soon</source>
        <translation>الالتزامات المتأخرة أو المستحقة قريبًا</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Overdue and due within {days} days</source>
        <translation>المتأخرة والمستحقة خلال {days} يومًا</translation>
    </message>
    <message>
        <source>All partnerships</source>
        <translation>جميع الشراكات</translation>
    </message>
    <message>
        <source>State of play on {date}</source>
        <translation>الوضع الراهن في {date}</translation>
    </message>
    <message>
        <source>No roundtable planned</source>
        <translation>لا توجد مائدة مستديرة مخططة</translation>
    </message>
    <message>
        <source>to be set</source>
        <translation>لم يُحدَّد</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more planned</source>
        <translation>
            <numerusform>ولا غيرها مقررة</numerusform>
            <numerusform>وواحدة أخرى مقررة</numerusform>
            <numerusform>واثنتان أخريان مقررتان</numerusform>
            <numerusform>و%Ln أخرى مقررة</numerusform>
            <numerusform>و%Ln أخرى مقررة</numerusform>
            <numerusform>و%Ln أخرى مقررة</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue or due within {days} days</source>
        <translation>لا شيء متأخر أو مستحق خلال {days} يومًا</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Due within {days} days</source>
        <translation>مستحق خلال {days} يومًا</translation>
    </message>
    <message>
        <source>Only the first {count} of each are listed: filter the commitments register for all of them</source>
        <translation>تُعرض أول {count} فقط من كل مجموعة: صفِّ سجل الالتزامات لرؤيتها كلها</translation>
    </message>
    <message>
        <source>Overdue ({overdue}) and due within {days} days ({due})</source>
        <translation>متأخرة ({overdue}) ومستحقة خلال {days} يومًا ({due})</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Open file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>{path} is no longer there.</source>
        <translation>{path} لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>No application could open {name}; it is in {folder}.</source>
        <translation>لم يتمكن أي تطبيق من فتح {name}؛ وهو موجود في {folder}.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <source>No file manager could be opened; the file is {path}.</source>
        <translation>تعذّر فتح مدير الملفات؛ الملف هو {path}.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Record details</source>
        <translation>تفاصيل السجل</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Select a record to see its notes, history and links.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;اختر سجلًا لعرض ملاحظاته وسجل تغييراته وروابطه.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None.&lt;/p&gt;</source>
        <translation>&lt;p&gt;لا شيء.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Notes ({count})&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;الملاحظات ({count})&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Links ({count})&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;الروابط ({count})&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;History&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;سجل التغييرات&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Separate entries with commas</source>
        <translation>افصل بين الإدخالات بفواصل</translation>
    </message>
    <message>
        <source>— choose a partnership —</source>
        <translation>— اختر شراكة —</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل إلى الأ&amp;على</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>نقل إلى الأ&amp;سفل</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Partnership</source>
        <translation>الشراكة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>الدولة العضو</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>الأداة</translation>
    </message>
    <message>
        <source>Organisation kind</source>
        <translation>نوع المنظمة</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>المتأخرة فقط</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>مستحق خلال</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <source>Filter (full text)…</source>
        <translation>تصفية (النص الكامل)…</translation>
    </message>
    <message>
        <source>Filter records: {kind}</source>
        <translation>تصفية السجلات: {kind}</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>أي فئة</translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation>أي قطاع</translation>
    </message>
    <message>
        <source>Any Member State</source>
        <translation>أي دولة عضو</translation>
    </message>
    <message>
        <source>Any instrument</source>
        <translation>أي أداة</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>مزيد من عوامل التصفية</translation>
    </message>
    <message>
        <source>The filters that do not fit beside the filter box</source>
        <translation>عوامل التصفية التي لا يتسع لها المكان بجانب مربع التصفية</translation>
    </message>
    <message>
        <source>More filters ({count})</source>
        <translation>مزيد من عوامل التصفية ({count})</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to tpdesk</source>
        <translation>مرحبًا بك في tpdesk</translation>
    </message>
    <message>
        <source>Your name is recorded with each change you make, and named in the notes, packs and exchange files you write. You can change it later in Edit &gt; Preferences.</source>
        <translation>يُسجَّل اسمك مع كل تعديل تجريه، ويُذكر في الملاحظات وملفات الإحاطة وملفات التبادل التي تكتبها. يمكنك تغييره لاحقًا من تحرير &gt; التفضيلات.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>م&amp;تابعة</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>تخ&amp;طي</translation>
    </message>
    <message>
        <source>Keep the name &apos;{name}&apos;</source>
        <translation>الإبقاء على الاسم «{name}»</translation>
    </message>
</context>
<context>
    <name>FundingStage</name>
    <message>
        <source>Committed</source>
        <translation>مُلتزَم به</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>مصروف</translation>
    </message>
</context>
<context>
    <name>GrantRecovery</name>
    <message>
        <source>Grant Recovery Request</source>
        <translation>الرد على طلب استرداد</translation>
    </message>
    <message>
        <source>A delegate who forgot their passphrase sends a recovery request. Check whose it is, then write the unlock file to send back and read them the one-time code by phone.</source>
        <translation>يرسل المندوب الذي نسي عبارة المرور طلب استرداد. تحقّق ممن جاء، ثم اكتب ملف إلغاء القفل لإعادته إليه واقرأ له الرمز لمرة واحدة عبر الهاتف.</translation>
    </message>
    <message>
        <source>The recovery request received</source>
        <translation>طلب الاسترداد المستلم</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>ال&amp;طلب:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Choose the recovery request</source>
        <translation>اختيار طلب الاسترداد</translation>
    </message>
    <message>
        <source>&amp;Write Unlock File…</source>
        <translation>&amp;كتابة ملف إلغاء القفل…</translation>
    </message>
    <message>
        <source>Save the unlock file to send back to the delegate</source>
        <translation>حفظ ملف إلغاء القفل لإعادته إلى المندوب</translation>
    </message>
    <message>
        <source>Open recovery request</source>
        <translation>فتح طلب الاسترداد</translation>
    </message>
    <message>
        <source>Recovery requests (*.json);;All files (*)</source>
        <translation>طلبات الاسترداد (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>From &lt;b&gt;{contact}&lt;/b&gt;, for their database &lt;b&gt;{database}&lt;/b&gt;.</source>
        <translation>من &lt;b&gt;{contact}&lt;/b&gt;، لقاعدة بياناته &lt;b&gt;{database}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Write unlock file</source>
        <translation>كتابة ملف إلغاء القفل</translation>
    </message>
    <message>
        <source>Unlock files (*.json)</source>
        <translation>ملفات إلغاء القفل (*.json)</translation>
    </message>
    <message>
        <source>Wrote {file}. Send it to {contact}, then read them this one-time code by phone; never send it with the file. It is shown only now:</source>
        <translation>كُتب {file}. أرسله إلى {contact}، ثم اقرأ له هذا الرمز لمرة واحدة عبر الهاتف؛ ولا ترسله أبدًا مع الملف. لا يُعرض إلا الآن:</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from Excel</source>
        <translation>الاستيراد من Excel</translation>
    </message>
    <message>
        <source>Choose a workbook exported by tpdesk and edited since. Nothing is written until you have reviewed every change.</source>
        <translation>اختر مصنفًا صدّره tpdesk وعُدّل منذ ذلك الحين. لا يُكتب شيء قبل أن تراجع كل تغيير.</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>مصنف</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>مصنفات Excel (*.xlsx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import IATI File</source>
        <translation>استيراد ملف IATI</translation>
    </message>
    <message>
        <source>Choose an IATI activity file (standard 2.01 to 2.03), as published on the IATI Registry. Activities go to the partnership of their recipient country. Nothing is written until you have reviewed every change.</source>
        <translation>اختر ملف أنشطة IATI (المعيار 2.01 إلى 2.03) كما هو منشور في سجل IATI. تُلحق الأنشطة بشراكة البلد المستفيد منها. لا يُكتب شيء قبل أن تراجع كل تغيير.</translation>
    </message>
    <message>
        <source>IATI file</source>
        <translation>ملف IATI</translation>
    </message>
    <message>
        <source>IATI activity files (*.xml);;All files (*)</source>
        <translation>ملفات أنشطة IATI (*.xml);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>{what} to import</source>
        <translation>{what} المراد استيراده</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>استعرا&amp;ض…</translation>
    </message>
    <message>
        <source>Browse for the file: {what}</source>
        <translation>استعراض الملف: {what}</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>مراجعة التغييرات</translation>
    </message>
    <message>
        <source>Untick a row to leave it out. Errors must be fixed in the file first ({what}): then nothing at all is imported.</source>
        <translation>ألغِ تحديد صف لاستبعاده. يجب تصحيح الأخطاء في الملف أولًا ({what}): وإلا فلن يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>القيمة القديمة</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <source>Changes to import</source>
        <translation>التغييرات المراد استيرادها</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>المشكلات الموجودة في الملف</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
</context>
<context>
    <name>InlineEdit</name>
    <message>
        <source>YYYY-MM-DD; empty for none</source>
        <translation>YYYY-MM-DD؛ فارغ إن لم يوجد</translation>
    </message>
</context>
<context>
    <name>Instrument</name>
    <message>
        <source>MPF</source>
        <translation>MPF</translation>
    </message>
    <message>
        <source>AMIF</source>
        <translation>AMIF</translation>
    </message>
    <message>
        <source>NDICI-Global Europe</source>
        <translation>NDICI – أوروبا العالمية</translation>
    </message>
    <message>
        <source>Erasmus+</source>
        <translation>إيراسموس+</translation>
    </message>
    <message>
        <source>Member State bilateral</source>
        <translation>ثنائي (دولة عضو)</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>القطاع الخاص</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>Unlock database</source>
        <translation>فتح قفل قاعدة البيانات</translation>
    </message>
    <message>
        <source>Passphrase (or recovery key)</source>
        <translation>عبارة المرور (أو مفتاح الاسترداد)</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (in the system keyring)</source>
        <translation>&amp;تذكّر على هذا الحاسوب (في حافظة مفاتيح النظام)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Enter its passphrase.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; مشفّرة. أدخل عبارة المرور الخاصة بها.</translation>
    </message>
    <message>
        <source>&amp;Forgot Passphrase…</source>
        <translation>&amp;نسيت عبارة المرور…</translation>
    </message>
    <message>
        <source>Ask the secretariat for an unlock file and set a new passphrase</source>
        <translation>طلب ملف إلغاء القفل من الأمانة وتعيين عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>&lt;h2&gt;tpdesk is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;tpdesk مقفل&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{name} is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{name} مقفلة&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>tpdesk databases (*.db *.sqlite *.tpdesk);;All files (*)</source>
        <translation>قواعد بيانات tpdesk (*.db *.sqlite *.tpdesk);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to tpdesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;مرحبًا بك في tpdesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This database is empty. Load the demo data to explore the five Talent Partnerships, or start your own register with a first partnership.</source>
        <translation>قاعدة البيانات هذه فارغة. حمّل البيانات التجريبية لاستكشاف شراكات المواهب الخمس، أو ابدأ سجلك الخاص بشراكة أولى.</translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>&amp;تحميل البيانات التجريبية</translation>
    </message>
    <message>
        <source>&amp;New partnership…</source>
        <translation>شراكة &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Encrypt this database…</source>
        <translation>&amp;تشفير قاعدة البيانات هذه…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;نسخ احتياطي…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Filter &amp;This View</source>
        <translation>ت&amp;صفية هذا العرض</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>Close the encrypted database until its passphrase is given again</source>
        <translation>إغلاق قاعدة البيانات المشفّرة إلى أن تُدخَل عبارة مرورها مجددًا</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>ال&amp;استعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Security…</source>
        <translation>الأ&amp;مان…</translation>
    </message>
    <message>
        <source>Encryption, passphrase and idle lock</source>
        <translation>التشفير وعبارة المرور والقفل عند الخمول</translation>
    </message>
    <message>
        <source>New &amp;Activity…</source>
        <translation>&amp;نشاط جديد…</translation>
    </message>
    <message>
        <source>New &amp;Commitment…</source>
        <translation>ا&amp;لتزام جديد…</translation>
    </message>
    <message>
        <source>New &amp;Partnership…</source>
        <translation>&amp;شراكة جديدة…</translation>
    </message>
    <message>
        <source>New &amp;Roundtable…</source>
        <translation>&amp;مائدة مستديرة جديدة…</translation>
    </message>
    <message>
        <source>New Road&amp;map…</source>
        <translation>&amp;خارطة طريق جديدة…</translation>
    </message>
    <message>
        <source>New &amp;Organisation…</source>
        <translation>من&amp;ظمة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open Selected…</source>
        <translation>&amp;فتح المحدد…</translation>
    </message>
    <message>
        <source>&amp;Delete Selected…</source>
        <translation>&amp;حذف المحدد…</translation>
    </message>
    <message>
        <source>&amp;Add Note…</source>
        <translation>إضافة &amp;ملاحظة…</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>تحدي&amp;ث</translation>
    </message>
    <message>
        <source>Tras&amp;h…</source>
        <translation>سلة المهم&amp;لات…</translation>
    </message>
    <message>
        <source>Deleted records: restore them or empty the trash</source>
        <translation>السجلات المحذوفة: استعادتها أو إفراغ سلة المهملات</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>لوحة ال&amp;تفاصيل</translation>
    </message>
    <message>
        <source>Show or hide the current record&apos;s notes, history and links</source>
        <translation>إظهار ملاحظات السجل الحالي وسجل تغييراته وروابطه أو إخفاؤها</translation>
    </message>
    <message>
        <source>&amp;About tpdesk</source>
        <translation>&amp;حول tpdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>المفتوحة مؤخ&amp;رًا</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <source>Recent Expor&amp;ts</source>
        <translation>الصا&amp;درات الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Register to Excel…</source>
        <translation>ال&amp;سجل إلى Excel…</translation>
    </message>
    <message>
        <source>Empty Excel &amp;Template…</source>
        <translation>&amp;قالب Excel فارغ…</translation>
    </message>
    <message>
        <source>Briefing &amp;Pack to Word…</source>
        <translation>&amp;ملف الإحاطة إلى Word…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>ا&amp;ستيراد من Excel…</translation>
    </message>
    <message>
        <source>Import I&amp;ATI File…</source>
        <translation>استيراد ملف I&amp;ATI…</translation>
    </message>
    <message>
        <source>Export E&amp;xchange File…</source>
        <translation>تصدير ملف ت&amp;بادل…</translation>
    </message>
    <message>
        <source>Import Exc&amp;hange File…</source>
        <translation>استيراد م&amp;لف تبادل…</translation>
    </message>
    <message>
        <source>Keys and &amp;Contacts…</source>
        <translation>المفاتيح وجهات الا&amp;تصال…</translation>
    </message>
    <message>
        <source>&amp;Grant Recovery Request…</source>
        <translation>الرد على &amp;طلب استرداد…</translation>
    </message>
    <message>
        <source>Answer a delegate&apos;s forgotten passphrase with an unlock file and a one-time code</source>
        <translation>الرد على عبارة المرور المنسية لمندوب بملف إلغاء القفل ورمز لمرة واحدة</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>م&amp;زامنة</translation>
    </message>
    <message>
        <source>Send this copy&apos;s changes to the secretariat server and fetch the server&apos;s</source>
        <translation>إرسال تعديلات هذه النسخة إلى خادم الأمانة وجلب تعديلات الخادم</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>التف&amp;ضيلات…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;نظرة عامة</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>الأنش&amp;طة</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>الا&amp;لتزامات</translation>
    </message>
    <message>
        <source>&amp;Roundtables</source>
        <translation>الموائد ال&amp;مستديرة</translation>
    </message>
    <message>
        <source>Or&amp;ganisations</source>
        <translation>المنظم&amp;ات</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>الملاح&amp;ظات</translation>
    </message>
    <message>
        <source>&amp;Briefing Packs</source>
        <translation>ملفات الإ&amp;حاطة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>{name} — tpdesk</source>
        <translation>{name} — tpdesk</translation>
    </message>
    <message>
        <source>The newest good backup is {name}. tpdesk can restore it; the damaged file is kept in the backups folder.</source>
        <translation>أحدث نسخة احتياطية سليمة هي {name}. يمكن لـ tpdesk استعادتها؛ ويُحتفَظ بالملف التالف في مجلد النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation>استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>Roundtables</source>
        <translation>الموائد المستديرة</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Briefing packs</source>
        <translation>ملفات الإحاطة</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <source>Add Note…</source>
        <translation>إضافة ملاحظة…</translation>
    </message>
    <message>
        <source>Record &amp;Outcome…</source>
        <translation>تسجيل ال&amp;نتائج…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>{partnerships} partnerships · {activities} activities · {commitments} commitments</source>
        <translation>الشراكات: {partnerships} · الأنشطة: {activities} · الالتزامات: {commitments}</translation>
    </message>
    <message>
        <source>Each record of this kind ({kind}) belongs to a Talent Partnership, and this database has none yet. Create the partnership first?</source>
        <translation>ينتمي كل سجل من هذا النوع ({kind}) إلى شراكة مواهب، ولا تحتوي قاعدة البيانات هذه على أي شراكة بعد. هل تريد إنشاء الشراكة أولًا؟</translation>
    </message>
    <message>
        <source>&amp;Create Partnership…</source>
        <translation>&amp;إنشاء الشراكة…</translation>
    </message>
    <message>
        <source>That record ({kind}) no longer exists.</source>
        <translation>هذا السجل ({kind}) لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Delete: {kind}</source>
        <translation>حذف: {kind}</translation>
    </message>
    <message>
        <source>Delete “{caption}” ({kind})?
You can undo this with {key}.</source>
        <translation>حذف «{caption}» ({kind})؟
يمكنك التراجع عن ذلك باستخدام {key}.</translation>
    </message>
    <message>
        <source>{reason}.
Remove it from them and delete it? You can undo this too.</source>
        <translation>{reason}.
هل تريد إزالته منها وحذفه؟ يمكنك التراجع عن ذلك أيضًا.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>تعذّر الحذف</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>{path} already exists; use Open to open it.</source>
        <translation>{path} موجود بالفعل؛ استخدم «فتح» لفتحه.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>نسخ قاعدة البيانات احتياطيًا</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>نُسخت احتياطيًا إلى {path}</translation>
    </message>
    <message>
        <source>Automatic backup failed: {reason}</source>
        <translation>فشل النسخ الاحتياطي التلقائي: {reason}</translation>
    </message>
    <message>
        <source>Restored {backup}; the database as it was is in {kept}</source>
        <translation>استُعيدت {backup}؛ وقاعدة البيانات كما كانت موجودة في {kept}</translation>
    </message>
    <message>
        <source>Encrypt database</source>
        <translation>تشفير قاعدة البيانات</translation>
    </message>
    <message>
        <source>The database is encrypted. Earlier copies of the plain file may persist on the disk.</source>
        <translation>قاعدة البيانات مشفّرة. قد تبقى نسخ سابقة من الملف غير المشفّر على القرص.</translation>
    </message>
    <message>
        <source> Plain copies left:{files}</source>
        <translation> النسخ غير المشفّرة المتبقية:{files}</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>تم تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Export register to Excel</source>
        <translation>تصدير السجل إلى Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting to Excel…</source>
        <translation>جارٍ التصدير إلى Excel…</translation>
    </message>
    <message>
        <source>Empty Excel template</source>
        <translation>قالب Excel فارغ</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>جارٍ كتابة القالب…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>حُفظ: {path}</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>اكتمل التصدير</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;فتح الملف</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>إظهار في ال&amp;مجلد</translation>
    </message>
    <message>
        <source>Import Exchange File</source>
        <translation>استيراد ملف تبادل</translation>
    </message>
    <message>
        <source>Exchange files (*.tpx);;All files (*)</source>
        <translation>ملفات التبادل (*.tpx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Only the secretariat&apos;s copy of the register can grant recovery requests; this copy is a delegate&apos;s</source>
        <translation>لا يستطيع الرد على طلبات الاسترداد إلا نسخة السجل لدى الأمانة؛ وهذه النسخة نسخة مندوب</translation>
    </message>
    <message>
        <source>No server to sync with: sign in under Edit › Preferences › Server</source>
        <translation>لا يوجد خادم للمزامنة معه: سجّل الدخول من تحرير › التفضيلات › الخادم</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>About tpdesk</source>
        <translation>حول tpdesk</translation>
    </message>
    <message>
        <source>Prepare EU Talent Partnership roundtables offline: the register, briefing packs, Word and Excel.</source>
        <translation>إعداد الموائد المستديرة لشراكات المواهب التابعة للاتحاد الأوروبي دون اتصال: السجل وملفات الإحاطة وWord وExcel.</translation>
    </message>
    <message>
        <source>{verb} {step}</source>
        <translation>{verb} {step}</translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <source>PUBLIC</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>LIMITED</source>
        <translation>محدود</translation>
    </message>
    <message>
        <source>SENSITIVE</source>
        <translation>حساس</translation>
    </message>
</context>
<context>
    <name>MergeWizard</name>
    <message>
        <source>Import Exchange File</source>
        <translation>استيراد ملف تبادل</translation>
    </message>
    <message>
        <source>What</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>د&amp;مج</translation>
    </message>
    <message>
        <source>{what} from {sender}.</source>
        <translation>{what} من {sender}.</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>ملف إحاطة</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>المضافة</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>المعدَّلة</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>تاريخ الحذف</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <source>Export Exchange File</source>
        <translation>تصدير ملف تبادل</translation>
    </message>
    <message>
        <source>Reply: every change they have not had yet</source>
        <translation>رد: كل التغييرات التي لم تصلهم بعد</translation>
    </message>
    <message>
        <source>Pack: {title}</source>
        <translation>الملف: {title}</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعرا&amp;ض…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>ال&amp;محتوى:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>Exchange files (*.tpx)</source>
        <translation>ملفات التبادل (*.tpx)</translation>
    </message>
    <message>
        <source>choose a file to write</source>
        <translation>اختر ملفًا للكتابة</translation>
    </message>
    <message>
        <source>For</source>
        <translation>إلى</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Partnerships</source>
        <translation>الشراكات</translation>
    </message>
    <message>
        <source>All partnerships</source>
        <translation>جميع الشراكات</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>عمليات البحث المحفوظة</translation>
    </message>
    <message>
        <source>{kind} records: {filters}</source>
        <translation>سجلات {kind}: {filters}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation>حذف البحث المحفوظ</translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>Attached to:</source>
        <translation>مرفقة بـ:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>المؤلف:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>الملاحظة:</translation>
    </message>
    <message>
        <source>Private: never exported. Internal: LIMITED and SENSITIVE packs. Shareable: every pack, PUBLIC ones too.</source>
        <translation>خاصة: لا تُصدَّر أبدًا. داخلية: الملفات المحدودة والحساسة. قابلة للمشاركة: كل الملفات، بما فيها العامة.</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>إمكانية الاطلاع:</translation>
    </message>
</context>
<context>
    <name>NoteVisibility</name>
    <message>
        <source>Private (never exported)</source>
        <translation>خاصة (لا تُصدَّر أبدًا)</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>داخلية</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>قابلة للمشاركة</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>e.g. ILO</source>
        <translation>مثلًا: منظمة العمل الدولية</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>الاسم المختصر:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>البلد:</translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <source>EU institution</source>
        <translation>مؤسسة تابعة للاتحاد الأوروبي</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>الدولة العضو</translation>
    </message>
    <message>
        <source>Partner-country authority</source>
        <translation>سلطة البلد الشريك</translation>
    </message>
    <message>
        <source>Implementing agency</source>
        <translation>وكالة التنفيذ</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>منظمة دولية</translation>
    </message>
    <message>
        <source>Employer or business association</source>
        <translation>صاحب عمل أو رابطة أعمال</translation>
    </message>
    <message>
        <source>Social partner</source>
        <translation>شريك اجتماعي</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>المجتمع المدني</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Actors</source>
        <translation>الجهات الفاعلة</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>مرتبط بـ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>تاريخ الاستحقاق الجديد</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>بلا تغيير</translation>
    </message>
    <message>
        <source>Record outcome: {roundtable}</source>
        <translation>تسجيل النتائج: {roundtable}</translation>
    </message>
    <message>
        <source>The roundtable was &amp;held</source>
        <translation>&amp;عُقدت المائدة المستديرة</translation>
    </message>
    <message>
        <source>Outcome summary: what was agreed, in a few lines</source>
        <translation>ملخص النتائج: ما اتُّفق عليه، في بضعة أسطر</translation>
    </message>
    <message>
        <source>Outcome summary</source>
        <translation>ملخص النتائج</translation>
    </message>
    <message>
        <source>New commitments</source>
        <translation>الالتزامات الجديدة</translation>
    </message>
    <message>
        <source>Reviewed commitments</source>
        <translation>الالتزامات التي رُوجعت</translation>
    </message>
    <message>
        <source>Outcome of &apos;{commitment}&apos;</source>
        <translation>نتيجة «{commitment}»</translation>
    </message>
    <message>
        <source>&amp;New commitments: Tab moves on, a new row opens as you type</source>
        <translation>الالتزامات ال&amp;جديدة: ينتقل Tab إلى الحقل التالي، ويُفتح صف جديد أثناء الكتابة</translation>
    </message>
    <message>
        <source>&amp;Reviewed commitments: choose an outcome, or type a new due date</source>
        <translation>الالتزامات التي &amp;رُوجعت: اختر نتيجة، أو اكتب تاريخ استحقاق جديدًا</translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message>
        <source>Ad hoc meeting</source>
        <translation>اجتماع مخصص</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>الا&amp;جتماع</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>(deleted roundtable)</source>
        <translation>(مائدة مستديرة محذوفة)</translation>
    </message>
    <message>
        <source>The roundtable the pack is for, or an ad hoc meeting of one partnership on a date</source>
        <translation>المائدة المستديرة المخصص لها الملف، أو اجتماع مخصص لشراكة واحدة في تاريخ معين</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>الاجتماع:</translation>
    </message>
    <message>
        <source>Partnership:</source>
        <translation>الشراكة:</translation>
    </message>
    <message>
        <source>Meeting date:</source>
        <translation>تاريخ الاجتماع:</translation>
    </message>
    <message>
        <source>e.g. Italian delegation, Commission (DG HOME)</source>
        <translation>مثلًا: الوفد الإيطالي، المفوضية (المديرية العامة للهجرة والشؤون الداخلية)</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>الجمهور:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>المؤلف:</translation>
    </message>
    <message>
        <source>Printed in the header of every page</source>
        <translation>يُطبع في ترويسة كل صفحة</translation>
    </message>
    <message>
        <source>Marking:</source>
        <translation>التصنيف:</translation>
    </message>
    <message>
        <source>The language of the pack&apos;s headings, labels and generated sentences; Arabic packs read right to left. The register&apos;s own text stays as written.</source>
        <translation>لغة عناوين ملف الإحاطة وتسمياته وجمله المُولَّدة؛ ويُقرأ الملف العربي من اليمين إلى اليسار. أما نص السجل نفسه فيبقى كما كُتب.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>الإصدار:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>عوامل ال&amp;تصفية</translation>
    </message>
    <message>
        <source>A list with nothing ticked does not narrow the pack. Single records are pinned or excluded from the pack builder&apos;s preview.</source>
        <translation>القائمة التي لم يُحدَّد فيها شيء لا تُضيّق نطاق الملف. تُثبَّت السجلات المفردة أو تُستبعد من معاينة منشئ الملفات.</translation>
    </message>
    <message>
        <source>(deleted partnership)</source>
        <translation>(شراكة محذوفة)</translation>
    </message>
    <message>
        <source>Partnerships:</source>
        <translation>الشراكات:</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>القطاعات:</translation>
    </message>
    <message>
        <source>Member States:</source>
        <translation>الدول الأعضاء:</translation>
    </message>
    <message>
        <source>Activity categories:</source>
        <translation>فئات الأنشطة:</translation>
    </message>
    <message>
        <source>Funding instruments:</source>
        <translation>أدوات التمويل:</translation>
    </message>
    <message>
        <source>Commitment statuses:</source>
        <translation>حالات الالتزامات:</translation>
    </message>
    <message>
        <source>Pack settings</source>
        <translation>إعدادات الملف</translation>
    </message>
</context>
<context>
    <name>PackAgenda</name>
    <message>
        <source>This roundtable has no agenda: the pack keeps its own sections. Add an item to shape the pack by the agenda: a short front part, then a briefing note per item.</source>
        <translation>لا يوجد جدول أعمال لهذه المائدة المستديرة: يحتفظ الملف بأقسامه الخاصة. أضف بندًا لتشكيل الملف وفق جدول الأعمال: جزء تمهيدي قصير، ثم مذكرة إحاطة لكل بند.</translation>
    </message>
    <message>
        <source>A pack for an ad hoc meeting has no agenda; it keeps its own sections.</source>
        <translation>لا يوجد جدول أعمال لملف اجتماع مخصص؛ فهو يحتفظ بأقسامه الخاصة.</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>بنود جدول الأعمال</translation>
    </message>
    <message>
        <source>The roundtable&apos;s agenda: the pack has a briefing note per item, in this order. Double-click to edit an item.</source>
        <translation>جدول أعمال المائدة المستديرة: يتضمن الملف مذكرة إحاطة لكل بند، بهذا الترتيب. انقر نقرًا مزدوجًا لتحرير بند.</translation>
    </message>
    <message>
        <source>A new agenda item after the chosen one</source>
        <translation>بند جديد في جدول الأعمال بعد البند المختار</translation>
    </message>
    <message>
        <source>Take the item off the agenda; Undo puts it back</source>
        <translation>حذف البند من جدول الأعمال؛ التراجع يعيده</translation>
    </message>
    <message>
        <source>Purpo&amp;se</source>
        <translation>ال&amp;غرض</translation>
    </message>
    <message>
        <source>B&amp;ackground</source>
        <translation>الخلفي&amp;ة</translation>
    </message>
    <message>
        <source>Lines &amp;to take</source>
        <translation>النقاط المقت&amp;رحة</translation>
    </message>
    <message>
        <source>Add &amp;item…</source>
        <translation>إضافة بن&amp;د…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>The item&apos;s title, lead and what it covers (Enter)</source>
        <translation>عنوان البند والجهة الرائدة وما يغطيه (Enter)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Move the item up the agenda (Ctrl+Up)</source>
        <translation>نقل البند إلى الأعلى في جدول الأعمال (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <source>Move the item down the agenda (Ctrl+Down)</source>
        <translation>نقل البند إلى الأسفل في جدول الأعمال (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Agenda of the roundtable:</source>
        <translation>جدول أعمال المائدة المستديرة:</translation>
    </message>
    <message>
        <source>Item: {part}</source>
        <translation>البند: {part}</translation>
    </message>
    <message>
        <source>Leave empty for the text made from the register</source>
        <translation>اتركه فارغًا للنص المستمد من السجل</translation>
    </message>
    <message>
        <source>One line to take per line</source>
        <translation>نقطة مقترحة واحدة في كل سطر</translation>
    </message>
    <message>
        <source>{part} (this pack):</source>
        <translation>{part} (هذا الملف):</translation>
    </message>
    <message>
        <source>Agenda not changed</source>
        <translation>لم يتغير جدول الأعمال</translation>
    </message>
    <message>
        <source>everything in the pack</source>
        <translation>كل ما في الملف</translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message>
        <source>All roundtables</source>
        <translation>جميع الموائد المستديرة</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ محفوظ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Not saved: {}</source>
        <translation>لم يُحفظ: {}</translation>
    </message>
    <message>
        <source>Roundtable</source>
        <translation>المائدة المستديرة</translation>
    </message>
    <message>
        <source>Show the packs of one roundtable</source>
        <translation>إظهار ملفات مائدة مستديرة واحدة</translation>
    </message>
    <message>
        <source>&amp;New pack</source>
        <translation>مل&amp;ف جديد</translation>
    </message>
    <message>
        <source>A new pack for the roundtable, with every section</source>
        <translation>ملف جديد للمائدة المستديرة، بجميع الأقسام</translation>
    </message>
    <message>
        <source>New from ear&amp;lier pack…</source>
        <translation>جديد من ملف سا&amp;بق…</translation>
    </message>
    <message>
        <source>A copy of the selected pack for another roundtable: same sections, filters and texts</source>
        <translation>نسخة من الملف المحدد لمائدة مستديرة أخرى: الأقسام وعوامل التصفية والنصوص نفسها</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>الإعد&amp;ادات…</translation>
    </message>
    <message>
        <source>Title, meeting, audience, marking and filters</source>
        <translation>العنوان والاجتماع والجمهور والتصنيف وعوامل التصفية</translation>
    </message>
    <message>
        <source>Delete pac&amp;k</source>
        <translation>ح&amp;ذف الملف</translation>
    </message>
    <message>
        <source>Delete the selected pack (Delete); undo brings it back</source>
        <translation>حذف الملف المحدد (Delete)؛ التراجع يعيده</translation>
    </message>
    <message>
        <source>&amp;Roundtable:</source>
        <translation>المائدة المستد&amp;يرة:</translation>
    </message>
    <message>
        <source>Briefing packs</source>
        <translation>ملفات الإحاطة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>&amp;Briefing packs:</source>
        <translation>ملفات الإحا&amp;طة:</translation>
    </message>
    <message>
        <source>Pack contents</source>
        <translation>محتويات الملف</translation>
    </message>
    <message>
        <source>Pack editing</source>
        <translation>تحرير الملف</translation>
    </message>
    <message>
        <source>Se&amp;ctions</source>
        <translation>الأ&amp;قسام</translation>
    </message>
    <message>
        <source>Agen&amp;da</source>
        <translation>جد&amp;ول الأعمال</translation>
    </message>
    <message>
        <source>S&amp;ummary and issues</source>
        <translation>الم&amp;لخص والمسائل</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <source>Export to &amp;Word…</source>
        <translation>تصدير إلى &amp;Word…</translation>
    </message>
    <message>
        <source>Write the pack as a Word document, ready to send or print</source>
        <translation>كتابة الملف كمستند Word جاهز للإرسال أو الطباعة</translation>
    </message>
    <message>
        <source>E&amp;xcel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <source>The pack&apos;s activities and commitments as a workbook, for Member States to edit and send back</source>
        <translation>أنشطة الملف والتزاماته في مصنف، لتعدّله الدول الأعضاء وتعيده</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>The pack as one PDF book with bookmarks, for reading on a laptop or tablet without Word</source>
        <translation>الملف ككتاب PDF واحد بإشارات مرجعية، للقراءة على حاسوب محمول أو جهاز لوحي دون Word</translation>
    </message>
    <message>
        <source>Ad hoc meetings</source>
        <translation>اجتماعات مخصصة</translation>
    </message>
    <message>
        <source>Every change is saved as you make it; Undo takes it back</source>
        <translation>يُحفظ كل تغيير فور إجرائه؛ والتراجع يلغيه</translation>
    </message>
    <message>
        <source>Briefing pack not saved</source>
        <translation>لم يُحفظ ملف الإحاطة</translation>
    </message>
    <message>
        <source>Your last change to the pack could not be saved: {reason}</source>
        <translation>تعذّر حفظ آخر تغيير أجريته على الملف: {reason}</translation>
    </message>
    <message>
        <source>(deleted record)</source>
        <translation>(سجل محذوف)</translation>
    </message>
    <message>
        <source>Line to take</source>
        <translation>نقطة مقترح طرحها</translation>
    </message>
    <message>
        <source>New briefing pack</source>
        <translation>ملف إحاطة جديد</translation>
    </message>
    <message>
        <source>The roundtable the pack is for:</source>
        <translation>المائدة المستديرة المخصص لها الملف:</translation>
    </message>
    <message>
        <source>New from earlier pack</source>
        <translation>جديد من ملف سابق</translation>
    </message>
    <message>
        <source>Copy “{title}” for the roundtable:</source>
        <translation>نسخ «{title}» للمائدة المستديرة:</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>ملف الإحاطة</translation>
    </message>
    <message>
        <source>There is no roundtable yet: add one first (Edit ▸ New ▸ Roundtable).</source>
        <translation>لا توجد مائدة مستديرة بعد: أضف واحدة أولًا (تحرير ◂ جديد ◂ مائدة مستديرة).</translation>
    </message>
    <message>
        <source>Delete briefing pack</source>
        <translation>حذف ملف الإحاطة</translation>
    </message>
    <message>
        <source>Delete the briefing pack “{title}”?
You can undo this with {key}.</source>
        <translation>حذف ملف الإحاطة «{title}»؟
يمكنك التراجع عن ذلك باستخدام {key}.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>تعذّر الحذف</translation>
    </message>
    <message>
        <source>The pack could not be saved, so it cannot be exported: {reason}</source>
        <translation>تعذّر حفظ الملف، لذا لا يمكن تصديره: {reason}</translation>
    </message>
</context>
<context>
    <name>PackExport</name>
    <message>
        <source>briefing pack</source>
        <translation>ملف إحاطة</translation>
    </message>
    <message>
        <source>{title}: SENSITIVE, the file is written unencrypted</source>
        <translation>{title}: حساس، يُكتب الملف دون تشفير</translation>
    </message>
    <message>
        <source>Export to {format}</source>
        <translation>التصدير إلى {format}</translation>
    </message>
    <message>
        <source>Exporting to {format}…</source>
        <translation>جارٍ التصدير إلى {format}…</translation>
    </message>
    <message>
        <source>Ready for the roundtable?</source>
        <translation>هل الملف جاهز للمائدة المستديرة؟</translation>
    </message>
    <message numerus="yes">
        <source>The checklist has %Ln point(s) to check before the roundtable. Export anyway?</source>
        <translation>
            <numerusform>لا نقاط للتحقق منها في قائمة التحقق قبل اجتماع المائدة المستديرة. هل تريد التصدير رغم ذلك؟</numerusform>
            <numerusform>في قائمة التحقق نقطة واحدة للتحقق منها قبل اجتماع المائدة المستديرة. هل تريد التصدير رغم ذلك؟</numerusform>
            <numerusform>في قائمة التحقق نقطتان للتحقق منهما قبل اجتماع المائدة المستديرة. هل تريد التصدير رغم ذلك؟</numerusform>
            <numerusform>في قائمة التحقق %Ln نقاط للتحقق منها قبل اجتماع المائدة المستديرة. هل تريد التصدير رغم ذلك؟</numerusform>
            <numerusform>في قائمة التحقق %Ln نقطة للتحقق منها قبل اجتماع المائدة المستديرة. هل تريد التصدير رغم ذلك؟</numerusform>
            <numerusform>في قائمة التحقق %Ln نقطة للتحقق منها قبل اجتماع المائدة المستديرة. هل تريد التصدير رغم ذلك؟</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>ت&amp;صدير على أي حال</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>تم التصدير</translation>
    </message>
    <message>
        <source>The briefing pack was written to
{path}</source>
        <translation>كُتب ملف الإحاطة في
{path}</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;فتح الملف</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>إظهار في ال&amp;مجلد</translation>
    </message>
</context>
<context>
    <name>PackPreview</name>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>لا أنشطة</numerusform>
            <numerusform>نشاط واحد</numerusform>
            <numerusform>نشاطان</numerusform>
            <numerusform>%Ln أنشطة</numerusform>
            <numerusform>%Ln نشاطًا</numerusform>
            <numerusform>%Ln نشاط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>لا التزامات</numerusform>
            <numerusform>التزام واحد</numerusform>
            <numerusform>التزامان</numerusform>
            <numerusform>%Ln التزامات</numerusform>
            <numerusform>%Ln التزامًا</numerusform>
            <numerusform>%Ln التزام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>لا صفوف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%Ln صفوف</numerusform>
            <numerusform>%Ln صفًا</numerusform>
            <numerusform>%Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>لا أسطر</numerusform>
            <numerusform>سطر واحد</numerusform>
            <numerusform>سطران</numerusform>
            <numerusform>%Ln أسطر</numerusform>
            <numerusform>%Ln سطرًا</numerusform>
            <numerusform>%Ln سطر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>لا ملاحظات</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%Ln ملاحظات</numerusform>
            <numerusform>%Ln ملاحظة</numerusform>
            <numerusform>%Ln ملاحظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s)</source>
        <translation>
            <numerusform>لا فقرات</numerusform>
            <numerusform>فقرة واحدة</numerusform>
            <numerusform>فقرتان</numerusform>
            <numerusform>%Ln فقرات</numerusform>
            <numerusform>%Ln فقرة</numerusform>
            <numerusform>%Ln فقرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bullet(s)</source>
        <translation>
            <numerusform>لا نقاط</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>%Ln نقاط</numerusform>
            <numerusform>%Ln نقطة</numerusform>
            <numerusform>%Ln نقطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln delegate note(s)</source>
        <translation>
            <numerusform>لا ملاحظات للمندوبين</numerusform>
            <numerusform>ملاحظة مندوب واحدة</numerusform>
            <numerusform>ملاحظتا مندوبين</numerusform>
            <numerusform>%Ln ملاحظات للمندوبين</numerusform>
            <numerusform>%Ln ملاحظة للمندوبين</numerusform>
            <numerusform>%Ln ملاحظة للمندوبين</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: {count}</source>
        <translation>{what}: {count}</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الجدول الزمني</translation>
    </message>
    <message>
        <source>Key figures: </source>
        <translation>الأرقام الرئيسية: </translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <source>title page</source>
        <translation>صفحة العنوان</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tables, {rows}</source>
        <translation>
            <numerusform>لا جداول، {rows}</numerusform>
            <numerusform>جدول واحد، {rows}</numerusform>
            <numerusform>جدولان، {rows}</numerusform>
            <numerusform>%Ln جداول، {rows}</numerusform>
            <numerusform>%Ln جدولًا، {rows}</numerusform>
            <numerusform>%Ln جدول، {rows}</numerusform>
        </translation>
    </message>
    <message>
        <source>timeline of {activities}</source>
        <translation>جدول زمني لـ {activities}</translation>
    </message>
    <message>
        <source>key figures</source>
        <translation>الأرقام الرئيسية</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>تاريخ الاجتماع</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more in the chart.</source>
        <translation>
            <numerusform>… ولا غيرها في المخطط.</numerusform>
            <numerusform>… وواحد آخر في المخطط.</numerusform>
            <numerusform>… واثنان آخران في المخطط.</numerusform>
            <numerusform>… و%Ln أخرى في المخطط.</numerusform>
            <numerusform>… و%Ln أخرى في المخطط.</numerusform>
            <numerusform>… و%Ln أخرى في المخطط.</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation>مخطط الجدول الزمني</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more in the Word document.</source>
        <translation>
            <numerusform>… ولا غيرها في مستند Word.</numerusform>
            <numerusform>… وواحد آخر في مستند Word.</numerusform>
            <numerusform>… واثنان آخران في مستند Word.</numerusform>
            <numerusform>… و%Ln أخرى في مستند Word.</numerusform>
            <numerusform>… و%Ln أخرى في مستند Word.</numerusform>
            <numerusform>… و%Ln أخرى في مستند Word.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more row(s) in the Word document.</source>
        <translation>
            <numerusform>… ولا صفوف أخرى في مستند Word.</numerusform>
            <numerusform>… وصف واحد آخر في مستند Word.</numerusform>
            <numerusform>… وصفان آخران في مستند Word.</numerusform>
            <numerusform>… و%Ln صفوف أخرى في مستند Word.</numerusform>
            <numerusform>… و%Ln صفًا آخر في مستند Word.</numerusform>
            <numerusform>… و%Ln صف آخر في مستند Word.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackPreviewPane</name>
    <message>
        <source>Assembling the pack…</source>
        <translation>جارٍ تجميع الملف…</translation>
    </message>
    <message>
        <source>Pack summary</source>
        <translation>ملخص الملف</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
    <message>
        <source>Right-click a record to open, pin or exclude it, or to add a line to take on it</source>
        <translation>انقر بزر الفأرة الأيمن على سجل لفتحه أو تثبيته أو استبعاده، أو لإضافة نقطة مقترحة بشأنه</translation>
    </message>
    <message>
        <source>Ready for the roundtable checklist</source>
        <translation>قائمة التحقق «جاهز للمائدة المستديرة»</translation>
    </message>
    <message>
        <source>What a careful reader would flag before the roundtable. Fix it in the register, or leave the record or section out of the pack; the list updates as you go.</source>
        <translation>ما قد ينبّه إليه قارئ متأنٍّ قبل المائدة المستديرة. صحّحه في السجل، أو استبعد السجل أو القسم من الملف؛ وتُحدَّث القائمة أولًا بأول.</translation>
    </message>
    <message>
        <source>Checklist count</source>
        <translation>عدد بنود قائمة التحقق</translation>
    </message>
    <message>
        <source>Preview and checklist</source>
        <translation>المعاينة وقائمة التحقق</translation>
    </message>
    <message>
        <source>&amp;Outline and preview</source>
        <translation>الم&amp;خطط والمعاينة</translation>
    </message>
    <message>
        <source>Read&amp;y for the roundtable</source>
        <translation>&amp;جاهز للمائدة المستديرة</translation>
    </message>
    <message>
        <source>No briefing pack here yet: choose a roundtable and press New pack, or start from an earlier pack.</source>
        <translation>لا يوجد ملف إحاطة هنا بعد: اختر مائدة مستديرة واضغط «ملف جديد»، أو ابدأ من ملف سابق.</translation>
    </message>
    <message>
        <source>The pack cannot be assembled: {message}</source>
        <translation>يتعذر تجميع الملف: {message}</translation>
    </message>
    <message>
        <source> · agenda items: {count}</source>
        <translation> · بنود جدول الأعمال: {count}</translation>
    </message>
    <message>
        <source> · {count} of {all} sections included</source>
        <translation> · الأقسام المضمَّنة: {count} من أصل {all}</translation>
    </message>
    <message>
        <source> · activities: {activities} · commitments: {commitments}</source>
        <translation> · الأنشطة: {activities} · الالتزامات: {commitments}</translation>
    </message>
    <message>
        <source>Open the record to put it right (Enter)</source>
        <translation>افتح السجل لتصحيحه (Enter)</translation>
    </message>
    <message>
        <source>Nothing to flag: the pack is ready for the roundtable.</source>
        <translation>لا شيء يستدعي التنبيه: الملف جاهز للمائدة المستديرة.</translation>
    </message>
    <message>
        <source>Read&amp;y for the roundtable ({count})</source>
        <translation>&amp;جاهز للمائدة المستديرة ({count})</translation>
    </message>
    <message>
        <source>Read&amp;y for the roundtable ✓</source>
        <translation>&amp;جاهز للمائدة المستديرة ✓</translation>
    </message>
    <message>
        <source>To check: {count}</source>
        <translation>للتحقق: {count}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>The “Ready for the roundtable” checklist</source>
        <translation>قائمة التحقق «جاهز للمائدة المستديرة»</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>&amp;Pin to this pack</source>
        <translation>ت&amp;ثبيت في هذا الملف</translation>
    </message>
    <message>
        <source>E&amp;xclude from this pack</source>
        <translation>ا&amp;ستبعاد من هذا الملف</translation>
    </message>
    <message>
        <source>&amp;Line to take on this record…</source>
        <translation>نقطة م&amp;قترحة بشأن هذا السجل…</translation>
    </message>
</context>
<context>
    <name>PackRecords</name>
    <message>
        <source>Pinned records</source>
        <translation>السجلات المثبّتة</translation>
    </message>
    <message>
        <source>Records kept in the pack whatever its filters say; pin them from the preview&apos;s context menu</source>
        <translation>سجلات تبقى في الملف أيًّا كانت عوامل تصفيته؛ ثبّتها من القائمة السياقية للمعاينة</translation>
    </message>
    <message>
        <source>Excluded records</source>
        <translation>السجلات المستبعدة</translation>
    </message>
    <message>
        <source>Records left out of the pack whatever its filters say; exclude them from the preview&apos;s context menu</source>
        <translation>سجلات تُستبعد من الملف أيًّا كانت عوامل تصفيته؛ استبعدها من القائمة السياقية للمعاينة</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>إلغاء التثبيت</translation>
    </message>
    <message>
        <source>P&amp;inned records:</source>
        <translation>السجلات الم&amp;ثبّتة:</translation>
    </message>
    <message>
        <source>Excluded record&amp;s:</source>
        <translation>السجلات المستبع&amp;دة:</translation>
    </message>
    <message>
        <source>P&amp;inned records</source>
        <translation>السجلات الم&amp;ثبّتة</translation>
    </message>
    <message>
        <source>Excluded record&amp;s</source>
        <translation>السجلات المستبع&amp;دة</translation>
    </message>
    <message>
        <source>Stop pinning the selected record (Delete)</source>
        <translation>إلغاء تثبيت السجل المحدد (Delete)</translation>
    </message>
    <message>
        <source>Include &amp;again</source>
        <translation>إعادة الت&amp;ضمين</translation>
    </message>
    <message>
        <source>Stop excluding the selected record (Delete)</source>
        <translation>إلغاء استبعاد السجل المحدد (Delete)</translation>
    </message>
</context>
<context>
    <name>PackSections</name>
    <message>
        <source>The cover is made from the pack&apos;s settings: title, meeting, date, audience, marking and version.</source>
        <translation>يُنشأ الغلاف من إعدادات الملف: العنوان والاجتماع والتاريخ والجمهور والتصنيف والإصدار.</translation>
    </message>
    <message>
        <source>Paragraphs of the purpose and summary; leave a blank line between paragraphs.</source>
        <translation>فقرات الغرض والملخص؛ اترك سطرًا فارغًا بين الفقرات.</translation>
    </message>
    <message>
        <source>Lines to take, one per line; they print as bullets. Lines on a single record are added from the preview&apos;s context menu.</source>
        <translation>النقاط المقترحة، واحدة في كل سطر؛ تُطبع كنقاط. تُضاف النقاط الخاصة بسجل واحد من القائمة السياقية للمعاينة.</translation>
    </message>
    <message>
        <source>The annex lists every activity the pack covers; it has no free text.</source>
        <translation>يسرد المرفق كل الأنشطة التي يغطيها الملف؛ ولا يتضمن نصًا حرًا.</translation>
    </message>
    <message>
        <source>Lines to take for this section, one per line; they print as bullets after the section&apos;s content.</source>
        <translation>النقاط المقترحة لهذا القسم، واحدة في كل سطر؛ تُطبع كنقاط بعد محتوى القسم.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Tick to include a section. Drag, or Ctrl+Up and Ctrl+Down, to move it; F2 to rename it.</source>
        <translation>حدد لتضمين قسم. اسحبه، أو استخدم Ctrl+Up وCtrl+Down، لنقله؛ وF2 لإعادة تسميته.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
        <source>Move the section up (Ctrl+Up)</source>
        <translation>نقل القسم إلى الأعلى (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
        <source>Move the section down (Ctrl+Down)</source>
        <translation>نقل القسم إلى الأسفل (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>إعادة ال&amp;تسمية</translation>
    </message>
    <message>
        <source>Give the section its own title (F2)</source>
        <translation>إعطاء القسم عنوانًا خاصًا (F2)</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>نص القسم</translation>
    </message>
    <message>
        <source>About the section text</source>
        <translation>حول نص القسم</translation>
    </message>
    <message>
        <source>Section &amp;text:</source>
        <translation>&amp;نص القسم:</translation>
    </message>
    <message>
        <source>Sections (tick to include, drag to reorder):</source>
        <translation>الأقسام (حدد للتضمين، واسحب لإعادة الترتيب):</translation>
    </message>
    <message>
        <source>Section &amp;text — {heading}:</source>
        <translation>&amp;نص القسم — {heading}:</translation>
    </message>
    <message>
        <source> (left out)</source>
        <translation> (مستبعد)</translation>
    </message>
</context>
<context>
    <name>PackTextsPanel</name>
    <message>
        <source>Key &amp;messages</source>
        <translation>الرسا&amp;ئل الرئيسية</translation>
    </message>
    <message>
        <source>Your own key messages, one per line</source>
        <translation>رسائلك الرئيسية الخاصة، واحدة في كل سطر</translation>
    </message>
    <message>
        <source>&amp;Issues for decision</source>
        <translation>مسائل تتطلب قرا&amp;رًا</translation>
    </message>
    <message>
        <source>Other issues for decision, one per line</source>
        <translation>مسائل أخرى تتطلب قرارًا، واحدة في كل سطر</translation>
    </message>
    <message>
        <source>Found in the register when the pack has an agenda. Untick to leave one out; F2 or double-click to reword it: your words stay when the pack is made again.</source>
        <translation>مستخرجة من السجل عندما يكون للملف جدول أعمال. ألغِ التحديد لاستبعاد أحدها؛ واضغط F2 أو انقر نقرًا مزدوجًا لإعادة صياغته: تبقى صياغتك عند إعادة إنشاء الملف.</translation>
    </message>
    <message>
        <source>The register says: {text}</source>
        <translation>يقول السجل: {text}</translation>
    </message>
    <message>
        <source>Left out of the pack; tick to print it</source>
        <translation>مستبعد من الملف؛ حدد لطباعته</translation>
    </message>
</context>
<context>
    <name>Partnership</name>
    <message>
        <source>— choose a country —</source>
        <translation>— اختر بلدًا —</translation>
    </message>
    <message>
        <source>Partner country:</source>
        <translation>البلد الشريك:</translation>
    </message>
    <message>
        <source>e.g. EU-Tunisia Talent Partnership</source>
        <translation>مثلًا: شراكة المواهب بين الاتحاد الأوروبي وتونس</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Launch date:</source>
        <translation>تاريخ الإطلاق:</translation>
    </message>
    <message>
        <source>e.g. ICT, health, construction</source>
        <translation>مثلًا: تكنولوجيا المعلومات والاتصالات، الصحة، البناء</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>القطاعات:</translation>
    </message>
    <message>
        <source>Member States:</source>
        <translation>الدول الأعضاء:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>الوصف:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
</context>
<context>
    <name>PartnershipStatus</name>
    <message>
        <source>Exploratory</source>
        <translation>استكشافية</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>مُطلَقة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>معلّقة</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Recorded as who made each change; empty: your login name</source>
        <translation>يُسجَّل بوصفه صاحب كل تغيير؛ إذا تُرك فارغًا: اسم تسجيل دخولك</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>مجلد التصدير الافتراضي</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>استعرا&amp;ض…</translation>
    </message>
    <message>
        <source>Browse for the export folder</source>
        <translation>استعراض مجلد التصدير</translation>
    </message>
    <message>
        <source>Export folder error</source>
        <translation>خطأ في مجلد التصدير</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
    <message>
        <source>Default &amp;export folder:</source>
        <translation>مجلد ال&amp;تصدير الافتراضي:</translation>
    </message>
    <message>
        <source>Default export folder: {folder!r} is not a folder</source>
        <translation>مجلد التصدير الافتراضي: {folder!r} ليس مجلدًا</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>A new language applies when tpdesk is started again.</source>
        <translation>تُطبَّق اللغة الجديدة عند إعادة تشغيل tpdesk.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>صفحات التفضيلات</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;عام</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>الم&amp;ظهر</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>الأ&amp;مان</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>ال&amp;خادم</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>Partnership</source>
        <translation>شراكة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>Roundtable</source>
        <translation>مائدة مستديرة</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>خارطة طريق</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>نشاط</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>التزام</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>ملف إحاطة</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Changed since you opened it</source>
        <translation>تغيّر منذ أن فتحته</translation>
    </message>
    <message>
        <source>This {kind} was removed for good since you opened it, so it cannot be saved.</source>
        <translation>حُذف هذا السجل ({kind}) نهائيًا منذ أن فتحته، لذا لا يمكن حفظه.</translation>
    </message>
    <message>
        <source>This {kind} was deleted since you opened it, by a merge, a sync or another window.</source>
        <translation>حُذف هذا السجل ({kind}) منذ أن فتحته، بسبب دمج أو مزامنة أو نافذة أخرى.</translation>
    </message>
    <message>
        <source>This {kind} was changed since you opened it, by a merge, a sync or another window.</source>
        <translation>تغيّر هذا السجل ({kind}) منذ أن فتحته، بسبب دمج أو مزامنة أو نافذة أخرى.</translation>
    </message>
    <message>
        <source>Reload shows it as it is now; your changes here are dropped. </source>
        <translation>إعادة التحميل تعرضه كما هو الآن، وتُتجاهل تعديلاتك هنا. </translation>
    </message>
    <message>
        <source>Keep Mine saves your changes over it: where both of you changed the same field, the other value goes to the Conflicts view, where it can still be chosen.</source>
        <translation>الإبقاء على تعديلاتي يحفظ تعديلاتك فوقه: وحيث عدّل كلاكما الحقل نفسه، تذهب القيمة الأخرى إلى عرض التعارضات، حيث يظل بالإمكان اختيارها.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>إعادة ال&amp;تحميل</translation>
    </message>
    <message>
        <source>Restore and &amp;Keep Mine</source>
        <translation>الاستعادة مع الإ&amp;بقاء على تعديلاتي</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>الإ&amp;بقاء على تعديلاتي</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Forgotten passphrase</source>
        <translation>عبارة مرور منسية</translation>
    </message>
    <message>
        <source>1. Write a recovery request and send it to the secretariat.</source>
        <translation>1. اكتب طلب استرداد وأرسله إلى الأمانة.</translation>
    </message>
    <message>
        <source>The unlock file received</source>
        <translation>ملف إلغاء القفل المستلم</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Choose the unlock file</source>
        <translation>اختيار ملف إلغاء القفل</translation>
    </message>
    <message>
        <source>Read out to you by phone</source>
        <translation>يُقرأ لك عبر الهاتف</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>العبارة نفسها مرة أخرى</translation>
    </message>
    <message>
        <source>Unlock &amp;file:</source>
        <translation>&amp;ملف إلغاء القفل:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>ال&amp;رمز لمرة واحدة:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>عبارة مرور &amp;جديدة:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>مرة &amp;أخرى:</translation>
    </message>
    <message>
        <source>&amp;Apply and open</source>
        <translation>&amp;تطبيق وفتح</translation>
    </message>
    <message>
        <source>&amp;Write recovery request…</source>
        <translation>&amp;كتابة طلب الاسترداد…</translation>
    </message>
    <message>
        <source>Save the request file to send to the secretariat</source>
        <translation>حفظ ملف الطلب لإرساله إلى الأمانة</translation>
    </message>
    <message>
        <source>2. When the secretariat sends back an unlock file and reads you a one-time code, enter them with a new passphrase.</source>
        <translation>2. عندما ترسل لك الأمانة ملف إلغاء القفل وتقرأ لك الرمز لمرة واحدة، أدخلهما مع عبارة مرور جديدة.</translation>
    </message>
    <message>
        <source>Write recovery request</source>
        <translation>كتابة طلب الاسترداد</translation>
    </message>
    <message>
        <source>Recovery requests (*.json)</source>
        <translation>طلبات الاسترداد (*.json)</translation>
    </message>
    <message>
        <source>Request written to {file}. Send it to {names}; they will send back an unlock file and read you a one-time code by phone.</source>
        <translation>كُتب الطلب في {file}. أرسله إلى {names}؛ وسيرسلون إليك ملف إلغاء القفل ويقرؤون لك الرمز لمرة واحدة عبر الهاتف.</translation>
    </message>
    <message>
        <source>Open unlock file</source>
        <translation>فتح ملف إلغاء القفل</translation>
    </message>
    <message>
        <source>Unlock files (*.json);;All files (*)</source>
        <translation>ملفات إلغاء القفل (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose the unlock file first.</source>
        <translation>اختر ملف إلغاء القفل أولًا.</translation>
    </message>
    <message>
        <source>Enter the one-time code.</source>
        <translation>أدخل الرمز لمرة واحدة.</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>لا يمكن أن تكون عبارة المرور فارغة.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>Roadmap</name>
    <message>
        <source>Partnership:</source>
        <translation>الشراكة:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>الإصدار:</translation>
    </message>
    <message>
        <source>Adopted at:</source>
        <translation>اعتُمدت في:</translation>
    </message>
    <message>
        <source>Adopted on:</source>
        <translation>تاريخ الاعتماد:</translation>
    </message>
    <message>
        <source>Period start:</source>
        <translation>بداية الفترة:</translation>
    </message>
    <message>
        <source>Period end:</source>
        <translation>نهاية الفترة:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>&amp;Add objective</source>
        <translation>إ&amp;ضافة هدف</translation>
    </message>
    <message>
        <source>&amp;Remove objective</source>
        <translation>إ&amp;زالة الهدف</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>الأهداف:</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Funding</source>
        <translation>جهة التمويل</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Lead Member State</source>
        <translation>الدولة العضو الرائدة</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>جهة التنفيذ</translation>
    </message>
    <message>
        <source>Partner authority</source>
        <translation>السلطة الشريكة</translation>
    </message>
</context>
<context>
    <name>Roundtable</name>
    <message>
        <source>Partnership:</source>
        <translation>الشراكة:</translation>
    </message>
    <message>
        <source>1 for the first roundtable of the partnership, 2 for the second…</source>
        <translation>1 للمائدة المستديرة الأولى للشراكة، و2 للثانية…</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>الرقم:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>e.g. Tunis</source>
        <translation>مثلًا: تونس</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Outcome summary:</source>
        <translation>ملخص النتائج:</translation>
    </message>
</context>
<context>
    <name>RoundtableStatus</name>
    <message>
        <source>Planned</source>
        <translation>مخططة</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>عُقدت</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search titles, descriptions, commitments and notes…</source>
        <translation>البحث في العناوين والأوصاف والالتزامات والملاحظات…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>نص البحث</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>لم يُعثر على شيء</numerusform>
            <numerusform>عُثر على نتيجة واحدة</numerusform>
            <numerusform>عُثر على نتيجتين</numerusform>
            <numerusform>عُثر على %Ln نتائج</numerusform>
            <numerusform>عُثر على %Ln نتيجة</numerusform>
            <numerusform>عُثر على %Ln نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln found</source>
        <translation>
            <numerusform>{shown} (لم يُعثر على أي نتيجة)</numerusform>
            <numerusform>{shown} من أصل نتيجة واحدة</numerusform>
            <numerusform>{shown} من أصل نتيجتين</numerusform>
            <numerusform>{shown} من أصل %Ln نتائج</numerusform>
            <numerusform>{shown} من أصل %Ln نتيجة</numerusform>
            <numerusform>{shown} من أصل %Ln نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionKind</name>
    <message>
        <source>Cover</source>
        <translation>الغلاف</translation>
    </message>
    <message>
        <source>Purpose and summary</source>
        <translation>الغرض والملخص</translation>
    </message>
    <message>
        <source>The partnership at a glance</source>
        <translation>الشراكة في لمحة</translation>
    </message>
    <message>
        <source>Roadmap objectives and activities</source>
        <translation>أهداف خارطة الطريق وأنشطتها</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>Matters arising</source>
        <translation>المسائل الناشئة</translation>
    </message>
    <message>
        <source>Changes since the last roundtable</source>
        <translation>التغييرات منذ المائدة المستديرة الأخيرة</translation>
    </message>
    <message>
        <source>Funding overview</source>
        <translation>نظرة عامة على التمويل</translation>
    </message>
    <message>
        <source>Timeline of activities</source>
        <translation>الجدول الزمني للأنشطة</translation>
    </message>
    <message>
        <source>Lines to take</source>
        <translation>النقاط المقترح طرحها</translation>
    </message>
    <message>
        <source>Annex: activity register</source>
        <translation>مرفق: سجل الأنشطة</translation>
    </message>
    <message>
        <source>Summary and key messages</source>
        <translation>الملخص والرسائل الرئيسية</translation>
    </message>
    <message>
        <source>Issues for decision</source>
        <translation>مسائل تتطلب قرارًا</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Remember the key on this computer (system keyring)</source>
        <translation>تذكّر المفتاح على هذا الحاسوب (حافظة مفاتيح النظام)</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>تغيير &amp;عبارة المرور…</translation>
    </message>
    <message>
        <source>&amp;Encrypt This Database…</source>
        <translation>&amp;تشفير قاعدة البيانات هذه…</translation>
    </message>
    <message>
        <source>Encrypted (SQLCipher, AES-256)</source>
        <translation>مشفّرة (SQLCipher، AES-256)</translation>
    </message>
    <message>
        <source>Not encrypted: anyone with the file can read it</source>
        <translation>غير مشفّرة: يستطيع أي شخص لديه الملف قراءتها</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>ال&amp;قفل بعد الخمول:</translation>
    </message>
    <message>
        <source>Exports (Word, Excel, PDF) are never encrypted: they are meant to be sent.</source>
        <translation>الملفات المصدَّرة (Word وExcel وPDF) لا تُشفَّر أبدًا: فهي معدّة للإرسال.</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>التذكّر على هذا الحاسوب</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>العبارة نفسها مرة أخرى</translation>
    </message>
    <message>
        <source>Also make a &amp;recovery key (shown once) in case the passphrase is forgotten</source>
        <translation>إنشاء مفتاح &amp;استرداد أيضًا (يُعرض مرة واحدة) تحسبًا لنسيان عبارة المرور</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>لا يمكن أن تكون عبارة المرور فارغة.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>وقت الأخذ (UTC)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>The database as it is now is backed up first, so a restore can be undone by restoring that backup.</source>
        <translation>تُنسخ قاعدة البيانات بحالتها الحالية احتياطيًا أولًا، بحيث يمكن التراجع عن الاستعادة باستعادة تلك النسخة.</translation>
    </message>
    <message>
        <source>No backups yet: one is taken when tpdesk closes and every 30 minutes with changes.</source>
        <translation>لا توجد نسخ احتياطية بعد: تؤخذ نسخة عند إغلاق tpdesk وكل 30 دقيقة عند وجود تغييرات.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Write this recovery key down and keep it apart from the laptop. It is shown only now; it can open the database if the passphrase is forgotten.</source>
        <translation>دوّن مفتاح الاسترداد هذا واحفظه بعيدًا عن الحاسوب المحمول. لا يُعرض إلا الآن؛ ويمكنه فتح قاعدة البيانات إذا نُسيت عبارة المرور.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>https://sync.example.eu</source>
        <translation>https://sync.example.eu</translation>
    </message>
    <message>
        <source>Sign-in token</source>
        <translation>رمز تسجيل الدخول</translation>
    </message>
    <message>
        <source>the one-time token the secretariat gave you</source>
        <translation>الرمز الصالح لمرة واحدة الذي قدّمته لك الأمانة</translation>
    </message>
    <message>
        <source>Server user name</source>
        <translation>اسم المستخدم على الخادم</translation>
    </message>
    <message>
        <source>instead of a token: your user name on the server</source>
        <translation>بدلًا من الرمز: اسم المستخدم الخاص بك على الخادم</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>كلمة مرور الخادم</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>تسجيل ال&amp;دخول</translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation>تسجيل الخر&amp;وج</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>مسجَّل الدخول باسم</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>خطأ في تسجيل الدخول</translation>
    </message>
    <message>
        <source>Server a&amp;ddress:</source>
        <translation>ع&amp;نوان الخادم:</translation>
    </message>
    <message>
        <source>Sign-in to&amp;ken:</source>
        <translation>&amp;رمز تسجيل الدخول:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>اسم الم&amp;ستخدم:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Signed in as {user} ({role}) at {url}.</source>
        <translation>مسجَّل الدخول باسم {user} ({role}) على {url}.</translation>
    </message>
    <message>
        <source>Not signed in: this copy works on its own and by exchange files.</source>
        <translation>لم يُسجَّل الدخول: تعمل هذه النسخة مستقلةً وعبر ملفات التبادل.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Lists and panes</source>
        <translation>القوائم واللوحات</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SkillLevel</name>
    <message>
        <source>Low-skilled</source>
        <translation>منخفضو المهارات</translation>
    </message>
    <message>
        <source>Medium-skilled</source>
        <translation>متوسطو المهارات</translation>
    </message>
    <message>
        <source>High-skilled</source>
        <translation>ذوو المهارات العالية</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync status</source>
        <translation>حالة المزامنة</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>فشلت المزامنة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>لا تعديلات في الانتظار</numerusform>
            <numerusform>تعديل واحد في الانتظار</numerusform>
            <numerusform>تعديلان في الانتظار</numerusform>
            <numerusform>%Ln تعديلات في الانتظار</numerusform>
            <numerusform>%Ln تعديلًا في الانتظار</numerusform>
            <numerusform>%Ln تعديل في الانتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%Ln تعارضات</numerusform>
            <numerusform>%Ln تعارضًا</numerusform>
            <numerusform>%Ln تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>تمت المزامنة</translation>
    </message>
    <message>
        <source>{url}, signed in as {user} ({role})</source>
        <translation>{url}، مسجَّل الدخول باسم {user} ({role})</translation>
    </message>
    <message>
        <source>{problem}
Tried again every {minutes} minutes.</source>
        <translation>{problem}
تُعاد المحاولة كل {minutes} دقيقة.</translation>
    </message>
    <message>
        <source>Last synced {time} UTC</source>
        <translation>آخر مزامنة: {time} UTC</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Click to sync now (Ctrl+Shift+S)</source>
        <translation>انقر للمزامنة الآن (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Syncing… {done} of {total}</source>
        <translation>جارٍ المزامنة… {done} من {total}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>internal error: {error} (logged to {log})</source>
        <translation>خطأ داخلي: {error} (سُجِّل في {log})</translation>
    </message>
</context>
<context>
    <name>TableModels</name>
    <message>
        <source>(deleted record)</source>
        <translation>(سجل محذوف)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>الجهة الرائدة</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>التمويل</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الجهات الفاعلة</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>التحديث</translation>
    </message>
    <message>
        <source>On</source>
        <translation>بشأن</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>إمكانية الاطلاع</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>As the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
</context>
<context>
    <name>Tracker</name>
    <message>
        <source>Commitment details</source>
        <translation>تفاصيل الالتزام</translation>
    </message>
    <message>
        <source>Select a commitment to see its progress and record an update.</source>
        <translation>اختر التزامًا لعرض تقدمه وتسجيل تحديث.</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>Commitment text</source>
        <translation>نص الالتزام</translation>
    </message>
    <message>
        <source>Partnership:</source>
        <translation>الشراكة:</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>الجهات الفاعلة:</translation>
    </message>
    <message>
        <source>Made at:</source>
        <translation>قُطع في:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>الاستحقاق:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Progress history, newest first</source>
        <translation>سجل التقدم، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Add an update</source>
        <translation>إضافة تحديث</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>الحالة الجديدة</translation>
    </message>
    <message>
        <source>Update note</source>
        <translation>ملاحظة التحديث</translation>
    </message>
    <message>
        <source>What happened, in a line</source>
        <translation>ما حدث، في سطر واحد</translation>
    </message>
    <message>
        <source>Add update</source>
        <translation>إضافة التحديث</translation>
    </message>
    <message>
        <source>Add progress update</source>
        <translation>إضافة تحديث للتقدم</translation>
    </message>
    <message>
        <source>Add the update with today&apos;s date (Ctrl+Return)</source>
        <translation>إضافة التحديث بتاريخ اليوم (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Update error</source>
        <translation>خطأ في التحديث</translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation>ال&amp;حالة الجديدة:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>الم&amp;لاحظة:</translation>
    </message>
    <message>
        <source>(deleted organisation)</source>
        <translation>(منظمة محذوفة)</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>لا يوجد تاريخ استحقاق</translation>
    </message>
    <message>
        <source>No updates yet</source>
        <translation>لا توجد تحديثات بعد</translation>
    </message>
    <message>
        <source>The update was refused</source>
        <translation>رُفض التحديث</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>Trash</source>
        <translation>سلة المهملات</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>السجلات المحذوفة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>تاريخ الحذف</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>إ&amp;فراغ سلة المهملات…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted record(s)</source>
        <translation>
            <numerusform>لا سجلات محذوفة</numerusform>
            <numerusform>سجل محذوف واحد</numerusform>
            <numerusform>سجلان محذوفان</numerusform>
            <numerusform>%Ln سجلات محذوفة</numerusform>
            <numerusform>%Ln سجلًا محذوفًا</numerusform>
            <numerusform>%Ln سجل محذوف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln deleted record(s) for good?
This cannot be undone.</source>
        <translation>
            <numerusform>إزالة السجلات المحذوفة نهائيًا؟
لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>إزالة سجل محذوف واحد نهائيًا؟
لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>إزالة سجلين محذوفين نهائيًا؟
لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>إزالة %Ln سجلات محذوفة نهائيًا؟
لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>إزالة %Ln سجلًا محذوفًا نهائيًا؟
لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>إزالة %Ln سجل محذوف نهائيًا؟
لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>سلة المهملات فارغة.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>تعذّرت الاستعادة</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>إفراغ سلة المهملات</translation>
    </message>
    <message>
        <source>Cannot empty the trash</source>
        <translation>تعذّر إفراغ سلة المهملات</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>{kept} deleted records stay in the trash until a file from {names} shows that their copy has the deletion too; emptied earlier, an old edit of theirs would bring a record back.</source>
        <translation>تبقى السجلات المحذوفة ({kept}) في سلة المهملات إلى أن يُظهر ملف من {names} أن نسختهم تتضمن الحذف أيضًا؛ فلو أُفرغت السلة قبل ذلك، لأعاد تعديل قديم من جهتهم سجلًا إلى الوجود.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>New {kind}</source>
        <translation>جديد: {kind}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>{value!r} is not a date (YYYY-MM-DD)</source>
        <translation>{value!r} ليس تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{end} is before {field} {start}</source>
        <translation>{end} يسبق {field} {start}</translation>
    </message>
    <message>
        <source>unknown country code {code!r} (ISO 3166 alpha-2 expected)</source>
        <translation>رمز بلد غير معروف {code!r} (المتوقع: ISO 3166 alpha-2)</translation>
    </message>
    <message>
        <source>{code} is not an EU Member State</source>
        <translation>{code} ليست دولة عضوًا في الاتحاد الأوروبي</translation>
    </message>
    <message>
        <source>{tag!r} is not a tag: no blanks around it, not empty</source>
        <translation>{tag!r} ليس وسمًا: لا فراغات حوله، ولا يكون فارغًا</translation>
    </message>
    <message>
        <source>no {noun} with id {record_id}</source>
        <translation>لا يوجد سجل ({noun}) بالمعرّف {record_id}</translation>
    </message>
    <message>
        <source>{noun} {record_id} belongs to another partnership</source>
        <translation>{noun} {record_id} ينتمي إلى شراكة أخرى</translation>
    </message>
    <message>
        <source>{country_code} is an EU Member State, not a partner</source>
        <translation>{country_code} دولة عضو في الاتحاد الأوروبي، وليست شريكًا</translation>
    </message>
    <message>
        <source>a partnership with {country_code} already exists</source>
        <translation>توجد بالفعل شراكة مع {country_code}</translation>
    </message>
    <message>
        <source>lists a Member State twice</source>
        <translation>يذكر دولة عضوًا مرتين</translation>
    </message>
    <message>
        <source>has an empty sector</source>
        <translation>يتضمن قطاعًا فارغًا</translation>
    </message>
    <message>
        <source>a Member State needs its country code</source>
        <translation>تحتاج الدولة العضو إلى رمز بلدها</translation>
    </message>
    <message>
        <source>must be from 1 to {max_roundtables}, not {number}</source>
        <translation>يجب أن يكون من 1 إلى {max_roundtables}، وليس {number}</translation>
    </message>
    <message>
        <source>this partnership already has a {ordinal} roundtable</source>
        <translation>لهذه الشراكة بالفعل مائدة مستديرة رقم {ordinal}</translation>
    </message>
    <message>
        <source>a held roundtable needs its date</source>
        <translation>تحتاج المائدة المستديرة المنعقدة إلى تاريخها</translation>
    </message>
    <message>
        <source>{date} is in the future for a held roundtable</source>
        <translation>{date} في المستقبل بالنسبة إلى مائدة مستديرة منعقدة</translation>
    </message>
    <message>
        <source>an agenda item is listed twice</source>
        <translation>بند في جدول الأعمال مدرج مرتين</translation>
    </message>
    <message>
        <source>item {i} has no title</source>
        <translation>البند {i} بلا عنوان</translation>
    </message>
    <message>
        <source>item {i} has an empty sector</source>
        <translation>البند {i} يتضمن قطاعًا فارغًا</translation>
    </message>
    <message>
        <source>objective {i} has no code</source>
        <translation>الهدف {i} بلا رمز</translation>
    </message>
    <message>
        <source>code {code!r} is used twice</source>
        <translation>الرمز {code!r} مستخدم مرتين</translation>
    </message>
    <message>
        <source>objective {which} has no text</source>
        <translation>الهدف {which} بلا نص</translation>
    </message>
    <message>
        <source>organisation {organisation} is listed twice</source>
        <translation>المنظمة {organisation} مدرجة مرتين</translation>
    </message>
    <message>
        <source>organisation {organisation} has no role</source>
        <translation>المنظمة {organisation} بلا دور</translation>
    </message>
    <message>
        <source>line {i}: amount is negative</source>
        <translation>البند {i}: المبلغ سالب</translation>
    </message>
    <message>
        <source>line {i}: amount is larger than any programme (at most {amount})</source>
        <translation>البند {i}: المبلغ أكبر من أي برنامج (بحد أقصى {amount})</translation>
    </message>
    <message>
        <source>indicator {i} has no name</source>
        <translation>المؤشر {i} بلا اسم</translation>
    </message>
    <message>
        <source>indicator {i}: {name} {value!r} is out of range</source>
        <translation>المؤشر {i}: {name} {value!r} خارج النطاق</translation>
    </message>
    <message>
        <source>must be from 0 to {count}</source>
        <translation>يجب أن يكون من 0 إلى {count}</translation>
    </message>
    <message>
        <source>a commitment needs at least one actor</source>
        <translation>يحتاج الالتزام إلى جهة فاعلة واحدة على الأقل</translation>
    </message>
    <message>
        <source>lists an actor twice</source>
        <translation>يذكر جهة فاعلة مرتين</translation>
    </message>
    <message>
        <source>update {i}: {date!r} is not a date (YYYY-MM-DD)</source>
        <translation>التحديث {i}: {date!r} ليس تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>update {i}: {date} is in the future</source>
        <translation>التحديث {i}: {date} في المستقبل</translation>
    </message>
    <message>
        <source>choose a roundtable, or a partnership and a meeting date</source>
        <translation>اختر مائدة مستديرة، أو شراكة وتاريخ اجتماع</translation>
    </message>
    <message>
        <source>a section is listed twice</source>
        <translation>قسم مدرج مرتين</translation>
    </message>
    <message>
        <source>a record has two lines to take; merge them</source>
        <translation>لسجل نقطتان مقترحتان؛ ادمجهما</translation>
    </message>
    <message>
        <source>a part of the pack has two texts; merge them</source>
        <translation>لجزء من الملف نصّان؛ ادمجهما</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>{kind} register</source>
        <translation>السجل: {kind}</translation>
    </message>
    <message>
        <source>{kind} count</source>
        <translation>العدد: {kind}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>حفظ البحث…</translation>
    </message>
    <message>
        <source>Keep these filters under a name, in the navigator</source>
        <translation>الاحتفاظ بعوامل التصفية هذه باسم، في المستعرض</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <source>Name for these filters:</source>
        <translation>اسم عوامل التصفية هذه:</translation>
    </message>
    <message>
        <source>{first}–{last} of {records}</source>
        <translation>{first}–{last} من أصل {records}</translation>
    </message>
    <message>
        <source> (of {all})</source>
        <translation> (من أصل {all})</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln selected</source>
        <translation>
            <numerusform> · لا شيء محدد</numerusform>
            <numerusform> · واحد محدد</numerusform>
            <numerusform> · اثنان محددان</numerusform>
            <numerusform> · %Ln محددة</numerusform>
            <numerusform> · %Ln محددًا</numerusform>
            <numerusform> · %Ln محدد</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {records}…</source>
        <translation>حذف {records}…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <source>Open {target}…</source>
        <translation>فتح {target}…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>إضافة ملاحظة…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
</TS>
