<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
  <context>
    <name>AnswerPanel</name>
    <message numerus="yes">
      <source>… %n more character(s) not shown (Copy copies everything)</source>
      <translation>
        <numerusform>… لم يُعرض %n حرف آخر (زر «نسخ» ينسخ النص كله)</numerusform>
        <numerusform>… لم يُعرض حرف واحد آخر (زر «نسخ» ينسخ النص كله)</numerusform>
        <numerusform>… لم يُعرض حرفان آخران (زر «نسخ» ينسخ النص كله)</numerusform>
        <numerusform>… لم تُعرض %n أحرف أخرى (زر «نسخ» ينسخ النص كله)</numerusform>
        <numerusform>… لم يُعرض %n حرفًا آخر (زر «نسخ» ينسخ النص كله)</numerusform>
        <numerusform>… لم يُعرض %n حرف آخر (زر «نسخ» ينسخ النص كله)</numerusform>
      </translation>
    </message>
    <message>
      <source>The answer is too large to show in full ({size}): the views show its beginning; Copy on the “Raw answer” tab copies all of it.</source>
      <translation>الرد أكبر من أن يُعرض كاملًا ({size}): تعرض النوافذ بدايته فقط، وزر «نسخ» في تبويب «الرد الخام» ينسخه كله.</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>الرد</translation>
    </message>
    <message>
      <source>Normalized answer</source>
      <translation>الرد المنسَّق</translation>
    </message>
    <message>
      <source>What Wawp stored or said, as indented JSON (read-only).</source>
      <translation>ما خزّنه Wawp أو قاله، بصيغة JSON منسَّقة (للقراءة فقط).</translation>
    </message>
    <message>
      <source>Raw answer</source>
      <translation>الرد الخام</translation>
    </message>
    <message>
      <source>Wawp's answer exactly as it arrived (read-only).</source>
      <translation>رد Wawp كما وصل تمامًا (للقراءة فقط).</translation>
    </message>
    <message>
      <source>Normalized</source>
      <translation>منسَّق</translation>
    </message>
    <message>
      <source>Answer views</source>
      <translation>طرق عرض الرد</translation>
    </message>
    <message>
      <source>Choose the normalized answer or the raw answer.</source>
      <translation>اختر الرد المنسَّق أو الرد الخام.</translation>
    </message>
    <message>
      <source>Show or hide what Wawp answered</source>
      <translation>إظهار رد Wawp أو إخفاؤه</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>نسخ</translation>
    </message>
    <message>
      <source>Copy the text of the visible tab</source>
      <translation>نسخ نص التبويب الظاهر</translation>
    </message>
    <message>
      <source>Copy the answer</source>
      <translation>نسخ الرد</translation>
    </message>
    <message>
      <source>Copies the whole text of the visible tab, also what is not shown.</source>
      <translation>ينسخ نص التبويب الظاهر كله، بما فيه الجزء غير المعروض.</translation>
    </message>
    <message>
      <source>Hide answer</source>
      <translation>إخفاء الرد</translation>
    </message>
    <message>
      <source>Show answer</source>
      <translation>إظهار الرد</translation>
    </message>
    <message>
      <source>Saving the webhook for {url}…</source>
      <translation>جارٍ حفظ الويب هوك للعنوان {url}…</translation>
    </message>
    <message numerus="yes">
      <source>Nothing was sent: %n field(s) to correct (see the messages in the form).</source>
      <translation>
        <numerusform>لم يُرسَل شيء: %n حقل يحتاج إلى تصحيح (انظر الرسائل في النموذج).</numerusform>
        <numerusform>لم يُرسَل شيء: حقل واحد يحتاج إلى تصحيح (انظر الرسالة في النموذج).</numerusform>
        <numerusform>لم يُرسَل شيء: حقلان يحتاجان إلى تصحيح (انظر الرسائل في النموذج).</numerusform>
        <numerusform>لم يُرسَل شيء: %n حقول تحتاج إلى تصحيح (انظر الرسائل في النموذج).</numerusform>
        <numerusform>لم يُرسَل شيء: %n حقلًا تحتاج إلى تصحيح (انظر الرسائل في النموذج).</numerusform>
        <numerusform>لم يُرسَل شيء: %n حقل تحتاج إلى تصحيح (انظر الرسائل في النموذج).</numerusform>
      </translation>
    </message>
    <message>
      <source>Saved: Wawp accepted the change.</source>
      <translation>تم الحفظ: قبِل Wawp التغيير.</translation>
    </message>
    <message>
      <source>your URL</source>
      <translation>عنوانك</translation>
    </message>
    <message numerus="yes">
      <source>Saved: Wawp stored the webhook for {url} (%n event(s), active).</source>
      <translation>
        <numerusform>تم الحفظ: خزّن Wawp الويب هوك للعنوان {url} (%n حدث، مفعَّل).</numerusform>
        <numerusform>تم الحفظ: خزّن Wawp الويب هوك للعنوان {url} (حدث واحد، مفعَّل).</numerusform>
        <numerusform>تم الحفظ: خزّن Wawp الويب هوك للعنوان {url} (حدثان، مفعَّل).</numerusform>
        <numerusform>تم الحفظ: خزّن Wawp الويب هوك للعنوان {url} (%n أحداث، مفعَّل).</numerusform>
        <numerusform>تم الحفظ: خزّن Wawp الويب هوك للعنوان {url} (%n حدثًا، مفعَّل).</numerusform>
        <numerusform>تم الحفظ: خزّن Wawp الويب هوك للعنوان {url} (%n حدث، مفعَّل).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Saved: Wawp stored the webhook for {url} (%n event(s), inactive).</source>
      <translation>
        <numerusform>تم الحفظ: خزّن Wawp الويب هوك للعنوان {url} (%n حدث، غير مفعَّل).</numerusform>
        <numerusform>تم الحفظ: خزّن Wawp الويب هوك للعنوان {url} (حدث واحد، غير مفعَّل).</numerusform>
        <numerusform>تم الحفظ: خزّن Wawp الويب هوك للعنوان {url} (حدثان، غير مفعَّل).</numerusform>
        <numerusform>تم الحفظ: خزّن Wawp الويب هوك للعنوان {url} (%n أحداث، غير مفعَّل).</numerusform>
        <numerusform>تم الحفظ: خزّن Wawp الويب هوك للعنوان {url} (%n حدثًا، غير مفعَّل).</numerusform>
        <numerusform>تم الحفظ: خزّن Wawp الويب هوك للعنوان {url} (%n حدث، غير مفعَّل).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Saved: Wawp stored the webhook for {url} (%n event(s), stored).</source>
      <translation>
        <numerusform>تم الحفظ: خزّن Wawp الويب هوك للعنوان {url} (%n حدث، محفوظ).</numerusform>
        <numerusform>تم الحفظ: خزّن Wawp الويب هوك للعنوان {url} (حدث واحد، محفوظ).</numerusform>
        <numerusform>تم الحفظ: خزّن Wawp الويب هوك للعنوان {url} (حدثان، محفوظ).</numerusform>
        <numerusform>تم الحفظ: خزّن Wawp الويب هوك للعنوان {url} (%n أحداث، محفوظ).</numerusform>
        <numerusform>تم الحفظ: خزّن Wawp الويب هوك للعنوان {url} (%n حدثًا، محفوظ).</numerusform>
        <numerusform>تم الحفظ: خزّن Wawp الويب هوك للعنوان {url} (%n حدث، محفوظ).</numerusform>
      </translation>
    </message>
    <message>
      <source>Cancelled. The request was stopped; if it had already reached Wawp the change may still have been saved.</source>
      <translation>أُلغي. أُوقف الطلب؛ وإن كان قد وصل إلى Wawp فربما حُفظ التغيير رغم ذلك.</translation>
    </message>
  </context>
  <context>
    <name>ApiAddress</name>
    <message>
      <source>“{address}” is not a valid address.</source>
      <translation>«{address}» ليس عنوانًا صالحًا.</translation>
    </message>
    <message>
      <source>“{address}” must start with https:// and name a host.</source>
      <translation>يجب أن يبدأ «{address}» بـ https:// وأن يذكر اسم خادم.</translation>
    </message>
    <message>
      <source>Plain http:// is only allowed for this computer (localhost); use https://.</source>
      <translation>لا يُسمح بـ http:// العادي إلا لهذا الجهاز (localhost)؛ استخدم https://.</translation>
    </message>
    <message>
      <source>“{address}” must be a plain address without ?, # or a user name.</source>
      <translation>يجب أن يكون «{address}» عنوانًا بسيطًا دون ? أو # أو اسم مستخدم.</translation>
    </message>
  </context>
  <context>
    <name>ConfigFile</name>
    <message>
      <source>The file is empty.</source>
      <translation>الملف فارغ.</translation>
    </message>
    <message>
      <source>The file is nested more than {levels} levels deep; a webhook file has 3 levels. It is not a Wawp Desktop webhook file.</source>
      <translation>الملف متداخل بأكثر من {levels} مستوى، بينما يحتوي ملف الويب هوك على 3 مستويات. هذا ليس ملف ويب هوك من Wawp Desktop.</translation>
    </message>
    <message>
      <source>The file is not valid JSON ({error}, line {line}).</source>
      <translation>الملف ليس JSON صالحًا ({error}، السطر {line}).</translation>
    </message>
    <message>
      <source>The file is nested too deeply to be read.</source>
      <translation>الملف متداخل بعمق كبير جدًا لا تمكن معه قراءته.</translation>
    </message>
    <message>
      <source>The file holds a number with more than {digits} digits; a webhook file has none.</source>
      <translation>يحتوي الملف على رقم يزيد على {digits} خانة، وملف الويب هوك لا يحتوي على مثل ذلك.</translation>
    </message>
    <message>
      <source>This is not a Wawp Desktop webhook file ({key} must be {value}).</source>
      <translation>هذا ليس ملف ويب هوك من Wawp Desktop (يجب أن تكون قيمة {key} هي {value}).</translation>
    </message>
    <message>
      <source>Unsupported file version {found}; this app reads version {version}.</source>
      <translation>إصدار الملف {found} غير مدعوم؛ يقرأ هذا التطبيق الإصدار {version}.</translation>
    </message>
    <message>
      <source>The file has no {key} object.</source>
      <translation>لا يحتوي الملف على الكائن {key}.</translation>
    </message>
    <message>
      <source>The file contains “{key}”; it was ignored (secrets are never imported from files).</source>
      <translation>يحتوي الملف على «{key}»؛ وقد تم تجاهله (لا تُستورد البيانات السرية من الملفات أبدًا).</translation>
    </message>
    <message>
      <source>{first} and {second}</source>
      <translation>{first} و{second}</translation>
    </message>
    <message>
      <source>“{group}” must be an object with {keys}.</source>
      <translation>يجب أن يكون «{group}» كائنًا يحتوي على {keys}.</translation>
    </message>
    <message>
      <source>The file has no “{key}”.</source>
      <translation>لا يحتوي الملف على «{key}».</translation>
    </message>
    <message>
      <source>“{key}” holds an invalid character (a lone surrogate escape).</source>
      <translation>تحتوي «{key}» على حرف غير صالح (رمز بديل منفرد).</translation>
    </message>
    <message>
      <source>“{key}”: {problem}</source>
      <translation>«{key}»: {problem}</translation>
    </message>
    <message>
      <source>“{key}” must be text.</source>
      <translation>يجب أن تكون قيمة «{key}» نصًا.</translation>
    </message>
    <message>
      <source>“{key}” must be a list of event names.</source>
      <translation>يجب أن تكون قيمة «{key}» قائمة بأسماء أحداث.</translation>
    </message>
    <message>
      <source>“{key}” must be true or false.</source>
      <translation>يجب أن تكون قيمة «{key}» true أو false.</translation>
    </message>
    <message>
      <source>“{key}” must be a whole number.</source>
      <translation>يجب أن تكون قيمة «{key}» عددًا صحيحًا.</translation>
    </message>
    <message>
      <source>The file could not be read: {reason}.</source>
      <translation>تعذّرت قراءة الملف: {reason}.</translation>
    </message>
    <message>
      <source>The file is too large or too deeply nested to be read.</source>
      <translation>الملف كبير جدًا أو متداخل بعمق كبير جدًا لا تمكن معه قراءته.</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <source>Wawp Desktop — unexpected error</source>
      <translation>Wawp Desktop — خطأ غير متوقع</translation>
    </message>
    <message>
      <source>Something went wrong inside Wawp Desktop. Your form is still there; you can keep working, or restart the app if something looks wrong.</source>
      <translation>حدث خطأ داخل Wawp Desktop. نموذجك ما زال كما هو؛ يمكنك مواصلة العمل، أو إعادة تشغيل التطبيق إذا بدا شيء غير طبيعي.</translation>
    </message>
    <message>
      <source>Log file: {path}</source>
      <translation>ملف السجل: {path}</translation>
    </message>
    <message>
      <source>No log file is being written.</source>
      <translation>لا يُكتب أي ملف سجل.</translation>
    </message>
    <message>
      <source>Error report</source>
      <translation>تقرير الخطأ</translation>
    </message>
    <message>
      <source>The details to send to Wawp's support (no secrets)</source>
      <translation>التفاصيل التي تُرسل إلى دعم Wawp (من دون أسرار)</translation>
    </message>
    <message>
      <source>&amp;Copy report</source>
      <translation>&amp;نسخ التقرير</translation>
    </message>
    <message>
      <source>Copy report</source>
      <translation>نسخ التقرير</translation>
    </message>
    <message>
      <source>Copy the error report to the clipboard</source>
      <translation>انسخ تقرير الخطأ إلى الحافظة</translation>
    </message>
  </context>
  <context>
    <name>DeliverySection</name>
    <message>
      <source>Delivery</source>
      <translation>التسليم</translation>
    </message>
    <message>
      <source> s</source>
      <translation> ث</translation>
    </message>
    <message>
      <source>Retry delay in seconds</source>
      <translation>مهلة إعادة المحاولة بالثواني</translation>
    </message>
    <message>
      <source>Seconds Wawp waits before delivering a failed event again</source>
      <translation>عدد الثواني التي ينتظرها Wawp قبل إعادة تسليم حدث فشل تسليمه</translation>
    </message>
    <message>
      <source>Delivery attempts</source>
      <translation>محاولات التسليم</translation>
    </message>
    <message>
      <source>How many times Wawp tries to deliver one event</source>
      <translation>عدد المرات التي يحاول فيها Wawp تسليم الحدث الواحد</translation>
    </message>
    <message>
      <source>Optional secret for the {header} header</source>
      <translation>سرّ اختياري لترويسة {header}</translation>
    </message>
    <message>
      <source>HMAC secret</source>
      <translation>سرّ HMAC</translation>
    </message>
    <message>
      <source>Optional. Wawp signs every delivery with it, so your server can check that the request comes from Wawp</source>
      <translation>اختياري. يوقّع Wawp به كل تسليم، ليتحقق خادمك من أن الطلب قادم من Wawp</translation>
    </message>
    <message>
      <source>Generate</source>
      <translation>إنشاء</translation>
    </message>
    <message>
      <source>Fill in a new random 32-byte secret</source>
      <translation>املأ الحقل بسرّ عشوائي جديد طوله 32 بايت</translation>
    </message>
    <message>
      <source>Generate a secret</source>
      <translation>إنشاء سرّ</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>نسخ</translation>
    </message>
    <message>
      <source>Copy the secret; the clipboard is cleared after 30 s</source>
      <translation>انسخ السرّ؛ تُمسح الحافظة بعد 30 ثانية</translation>
    </message>
    <message>
      <source>Copy the secret</source>
      <translation>نسخ السرّ</translation>
    </message>
    <message>
      <source>Verify a delivery…</source>
      <translation>التحقق من تسليم…</translation>
    </message>
    <message>
      <source>Check a received request's signature against this secret</source>
      <translation>تحقّق من توقيع طلب مستلَم باستخدام هذا السرّ</translation>
    </message>
    <message>
      <source>Verify a delivery</source>
      <translation>التحقق من تسليم</translation>
    </message>
    <message>
      <source>Retry &amp;delay</source>
      <translation>م&amp;هلة إعادة المحاولة</translation>
    </message>
    <message>
      <source>Attem&amp;pts</source>
      <translation>المحاو&amp;لات</translation>
    </message>
    <message>
      <source>Si&amp;gning secret
(HMAC)</source>
      <translation>سرّ التو&amp;قيع
(HMAC)</translation>
    </message>
    <message numerus="yes">
      <source>Copied. The clipboard is cleared in %n s.</source>
      <translation>
        <numerusform>نُسخ. تُمسح الحافظة بعد %n ثانية.</numerusform>
        <numerusform>نُسخ. تُمسح الحافظة بعد ثانية واحدة.</numerusform>
        <numerusform>نُسخ. تُمسح الحافظة بعد ثانيتين.</numerusform>
        <numerusform>نُسخ. تُمسح الحافظة بعد %n ثوانٍ.</numerusform>
        <numerusform>نُسخ. تُمسح الحافظة بعد %n ثانية.</numerusform>
        <numerusform>نُسخ. تُمسح الحافظة بعد %n ثانية.</numerusform>
      </translation>
    </message>
    <message>
      <source>The clipboard was cleared.</source>
      <translation>مُسحت الحافظة.</translation>
    </message>
  </context>
  <context>
    <name>DemoAccounts</name>
    <message>
      <source>Paid plan demo</source>
      <translation>عرض تجريبي للخطة المدفوعة</translation>
    </message>
    <message>
      <source>Free plan demo</source>
      <translation>عرض تجريبي للخطة المجانية</translation>
    </message>
    <message>
      <source>Waiting for QR scan demo</source>
      <translation>عرض تجريبي بانتظار مسح الرمز</translation>
    </message>
    <message>
      <source>Failed session demo</source>
      <translation>عرض تجريبي لجلسة فاشلة</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>The server's security certificate is for a different name, so the connection may not be safe. Check the API address.</source>
      <translation>شهادة الأمان الخاصة بالخادم صادرة لاسم آخر، لذا قد لا يكون الاتصال آمنًا. تحقّق من عنوان API.</translation>
    </message>
    <message>
      <source>The server's security certificate has expired. Check your computer's date.</source>
      <translation>انتهت صلاحية شهادة الأمان الخاصة بالخادم. تحقّق من تاريخ جهازك.</translation>
    </message>
    <message>
      <source>The server's security certificate is not trusted by this computer. If your company inspects HTTPS traffic, install its certificate in the system store or point SSL_CERT_FILE at it.</source>
      <translation>هذا الجهاز لا يثق بشهادة الأمان الخاصة بالخادم. إذا كانت شركتك تفحص حركة HTTPS، فثبّت شهادتها في مخزن النظام أو اجعل SSL_CERT_FILE يشير إليها.</translation>
    </message>
    <message>
      <source>A secure (TLS) connection to the server could not be made.</source>
      <translation>تعذّر إنشاء اتصال آمن (TLS) بالخادم.</translation>
    </message>
    <message>
      <source>(The connection goes through the proxy {proxy} {where}.)</source>
      <translation>(يمر الاتصال عبر الخادم الوكيل {proxy} {where}.)</translation>
    </message>
    <message>
      <source>The server name “{host}” could not be found. Check the address and your internet connection.</source>
      <translation>تعذّر العثور على اسم الخادم «{host}». تحقّق من العنوان ومن اتصالك بالإنترنت.</translation>
    </message>
    <message>
      <source>Nothing answered at {host}. The service may be down, or a firewall blocks it.</source>
      <translation>لم يرد أي شيء على {host}. ربما تكون الخدمة متوقفة، أو يحجبها جدار حماية.</translation>
    </message>
    <message>
      <source>Connecting to {host} took too long. Check your internet connection or proxy.</source>
      <translation>استغرق الاتصال بـ {host} وقتًا طويلًا جدًا. تحقّق من اتصالك بالإنترنت أو من الخادم الوكيل.</translation>
    </message>
    <message>
      <source>The server did not answer in time. Your change may or may not have been saved; save again to be sure.</source>
      <translation>لم يرد الخادم في الوقت المحدد. ربما حُفظ تغييرك وربما لا؛ احفظ مرة أخرى للتأكد.</translation>
    </message>
    <message>
      <source>The connection was cut before the full answer arrived. Your change may or may not have been saved; save again to be sure.</source>
      <translation>انقطع الاتصال قبل وصول الرد كاملًا. ربما حُفظ تغييرك وربما لا؛ احفظ مرة أخرى للتأكد.</translation>
    </message>
    <message>
      <source>The server name “{host}” could not be found. Check the address.</source>
      <translation>تعذّر العثور على اسم الخادم «{host}». تحقّق من العنوان.</translation>
    </message>
    <message>
      <source>Could not connect to {host}.</source>
      <translation>تعذّر الاتصال بـ {host}.</translation>
    </message>
    <message>
      <source>A network error stopped the request to {host}.</source>
      <translation>أوقف خطأ في الشبكة الطلب المرسل إلى {host}.</translation>
    </message>
    <message>
      <source>Connecting to the proxy server {proxy} {where} took too long. Check the proxy setting and your network.</source>
      <translation>استغرق الاتصال بالخادم الوكيل {proxy} {where} وقتًا طويلًا جدًا. تحقّق من إعداد الخادم الوكيل ومن شبكتك.</translation>
    </message>
    <message>
      <source>The proxy server {proxy} {where} could not be reached: nothing answered there. Check that the proxy is running and that the setting is right, or remove it if you do not use a proxy.</source>
      <translation>تعذّر الوصول إلى الخادم الوكيل {proxy} {where}: لم يرد أي شيء هناك. تحقّق من أن الخادم الوكيل يعمل وأن الإعداد صحيح، أو احذفه إن كنت لا تستخدم خادمًا وكيلًا.</translation>
    </message>
    <message>
      <source>The proxy server {proxy} {where} could not be found: no computer is called “{host}”. Check the proxy setting, or remove it if you do not use a proxy.</source>
      <translation>تعذّر العثور على الخادم الوكيل {proxy} {where}: لا يوجد جهاز باسم «{host}». تحقّق من إعداد الخادم الوكيل، أو احذفه إن كنت لا تستخدم خادمًا وكيلًا.</translation>
    </message>
    <message>
      <source>The proxy server {proxy} {where} could not reach {host} (HTTP {status}). The server may be down, or the proxy may block it.</source>
      <translation>تعذّر على الخادم الوكيل {proxy} {where} الوصول إلى {host} (HTTP {status}). ربما يكون الخادم متوقفًا، أو يحجبه الخادم الوكيل.</translation>
    </message>
    <message>
      <source>The proxy server {proxy} {where} refused to connect to {host} (HTTP {status}). Ask whoever manages your network to allow it.</source>
      <translation>رفض الخادم الوكيل {proxy} {where} الاتصال بـ {host} (HTTP {status}). اطلب من مسؤول شبكتك السماح به.</translation>
    </message>
    <message>
      <source>The SOCKS proxy {proxy} {where} could not connect to {host} ({reason}).</source>
      <translation>تعذّر على خادم SOCKS الوكيل {proxy} {where} الاتصال بـ {host} ({reason}).</translation>
    </message>
    <message>
      <source>no reason given</source>
      <translation>دون ذكر سبب</translation>
    </message>
    <message>
      <source>The proxy server {proxy} {where} did not connect to {host}. Check the proxy setting.</source>
      <translation>لم يتصل الخادم الوكيل {proxy} {where} بـ {host}. تحقّق من إعداد الخادم الوكيل.</translation>
    </message>
    <message>
      <source>A proxy between this computer and the server asks for a user name and password. Set them in the proxy setting ({variable}), like {example}.</source>
      <translation>يطلب خادم وكيل بين هذا الجهاز والخادم اسم مستخدم وكلمة مرور. اكتبهما في إعداد الخادم الوكيل ({variable})، مثل {example}.</translation>
    </message>
    <message>
      <source>The proxy server {proxy} {where} did not accept the user name and password in that setting. Correct them there.</source>
      <translation>لم يقبل الخادم الوكيل {proxy} {where} اسم المستخدم وكلمة المرور الموجودين في ذلك الإعداد. صحّحهما هناك.</translation>
    </message>
    <message>
      <source>The proxy asks for a user name and password. Add them to the proxy setting {where}, like {example} (the proxy is {proxy}).</source>
      <translation>يطلب الخادم الوكيل اسم مستخدم وكلمة مرور. أضفهما إلى إعداد الخادم الوكيل {where}، مثل {example} (الخادم الوكيل هو {proxy}).</translation>
    </message>
    <message>
      <source>The proxy {where} ({proxy}) is a SOCKS proxy, and SOCKS support is missing from this installation. Use an http:// proxy or reinstall the app.</source>
      <translation>الخادم الوكيل {where} ({proxy}) من نوع SOCKS، ودعم SOCKS غير موجود في هذا التثبيت. استخدم خادمًا وكيلًا من نوع http:// أو أعد تثبيت التطبيق.</translation>
    </message>
    <message>
      <source>The server's answer was packed ({encoding}) but could not be unpacked: it is damaged. The API address may point at the wrong service.</source>
      <translation>رد الخادم مضغوط ({encoding}) لكن تعذّر فك ضغطه: إنه تالف. ربما يشير عنوان API إلى خدمة خاطئة.</translation>
    </message>
    <message>
      <source>The server packed its answer {count} times over (Content-Encoding: {encodings}); the app unpacks at most {limit}, as no real server needs more. The API address may point at the wrong service.</source>
      <translation>ضغط الخادم رده {count} مرات متتالية (Content-Encoding: {encodings})؛ يفك التطبيق {limit} طبقات على الأكثر، إذ لا يحتاج أي خادم حقيقي إلى أكثر من ذلك. ربما يشير عنوان API إلى خدمة خاطئة.</translation>
    </message>
    <message>
      <source>The server packed its answer as “{encoding}”, which the app cannot unpack (it asks for gzip or deflate). The API address may point at the wrong service.</source>
      <translation>ضغط الخادم رده بصيغة «{encoding}» التي لا يستطيع التطبيق فكّها (يطلب gzip أو deflate). ربما يشير عنوان API إلى خدمة خاطئة.</translation>
    </message>
    <message>
      <source>The server sent more than {size} MB once unpacked, far more than Wawp ever sends. The API address may point at the wrong service.</source>
      <translation>أرسل الخادم أكثر من {size} ميغابايت بعد فك الضغط، وهذا أكثر بكثير مما يرسله Wawp عادة. ربما يشير عنوان API إلى خدمة خاطئة.</translation>
    </message>
    <message>
      <source>The server sent more than {size} MB, far more than Wawp ever sends. The API address may point at the wrong service.</source>
      <translation>أرسل الخادم أكثر من {size} ميغابايت، وهذا أكثر بكثير مما يرسله Wawp عادة. ربما يشير عنوان API إلى خدمة خاطئة.</translation>
    </message>
    <message>
      <source>Webhooks need a paid Wawp plan</source>
      <translation>الويب هوك يتطلب باقة Wawp مدفوعة</translation>
    </message>
    <message>
      <source>Your Wawp plan's limit is reached</source>
      <translation>بلغت باقتك في Wawp حدّها</translation>
    </message>
    <message>
      <source>The access token was refused</source>
      <translation>رُفض رمز الوصول</translation>
    </message>
    <message>
      <source>Wawp refused access</source>
      <translation>رفض Wawp الوصول</translation>
    </message>
    <message>
      <source>Instance not found</source>
      <translation>لم يُعثر على المثيل</translation>
    </message>
    <message>
      <source>Wawp rejected the request</source>
      <translation>رفض Wawp الطلب</translation>
    </message>
    <message>
      <source>Too many requests</source>
      <translation>طلبات كثيرة جدًا</translation>
    </message>
    <message>
      <source>Wawp had a server error</source>
      <translation>حدث خطأ في خادم Wawp</translation>
    </message>
    <message>
      <source>Unexpected answer from Wawp</source>
      <translation>رد غير متوقع من Wawp</translation>
    </message>
    <message>
      <source>Wawp reported an error</source>
      <translation>أبلغ Wawp عن خطأ</translation>
    </message>
    <message>
      <source>Wawp's answer could not be read</source>
      <translation>تعذّرت قراءة رد Wawp</translation>
    </message>
    <message>
      <source>Wawp's answer was incomplete</source>
      <translation>رد Wawp غير مكتمل</translation>
    </message>
    <message>
      <source>Wawp's answer was too large</source>
      <translation>رد Wawp كبير جدًا</translation>
    </message>
    <message>
      <source>Could not connect</source>
      <translation>تعذّر الاتصال</translation>
    </message>
    <message>
      <source>Server name not found</source>
      <translation>لم يُعثر على اسم الخادم</translation>
    </message>
    <message>
      <source>Secure connection failed</source>
      <translation>فشل الاتصال الآمن</translation>
    </message>
    <message>
      <source>No answer in time</source>
      <translation>لم يصل رد في الوقت المحدد</translation>
    </message>
    <message>
      <source>The connection dropped</source>
      <translation>انقطع الاتصال</translation>
    </message>
    <message>
      <source>Network problem</source>
      <translation>مشكلة في الشبكة</translation>
    </message>
    <message>
      <source>The API address is not valid</source>
      <translation>عنوان API غير صالح</translation>
    </message>
    <message>
      <source>Proxy problem</source>
      <translation>مشكلة في الخادم الوكيل</translation>
    </message>
    <message>
      <source>{title}: {message}</source>
      <translation>{title}: {message}</translation>
    </message>
    <message>
      <source>{title} (HTTP {status}): {message}</source>
      <translation>{title} (HTTP {status}): {message}</translation>
    </message>
    <message>
      <source>an empty answer</source>
      <translation>ردًا فارغًا</translation>
    </message>
    <message>
      <source>a web page (HTML)</source>
      <translation>صفحة ويب (HTML)</translation>
    </message>
    <message>
      <source>an XML document</source>
      <translation>مستند XML</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>نصًا عاديًا</translation>
    </message>
    <message>
      <source>This instance is on Wawp's free plan. Webhooks are part of the paid plans: upgrade the instance in your Wawp dashboard, then save again.</source>
      <translation>هذا المثيل على باقة Wawp المجانية. الويب هوك جزء من الباقات المدفوعة: رقِّ المثيل من لوحة تحكم Wawp، ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
      <source>Your plan's limit has been reached. Wait for it to renew or upgrade it in the Wawp dashboard, then try again.</source>
      <translation>بلغت باقتك حدّها. انتظر حتى تتجدد أو رقِّها من لوحة تحكم Wawp، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
      <source>{text} Wawp says: “{message}”</source>
      <translation>{text} يقول Wawp: «{message}»</translation>
    </message>
    <message>
      <source>The access token is wrong or has been changed. Copy it again from the Wawp dashboard (Instances → your instance → Access token).</source>
      <translation>رمز الوصول خاطئ أو تم تغييره. انسخه مرة أخرى من لوحة تحكم Wawp (المثيلات ← المثيل الخاص بك ← رمز الوصول).</translation>
    </message>
    <message>
      <source>Wawp refused this request for this instance.</source>
      <translation>رفض Wawp هذا الطلب لهذا المثيل.</translation>
    </message>
    <message>
      <source>Wawp knows this instance but its WhatsApp session is gone: the phone may have been unlinked. Reconnect it in the Wawp dashboard.</source>
      <translation>يعرف Wawp هذا المثيل لكن جلسة WhatsApp الخاصة به لم تعد موجودة: ربما أُلغي ربط الهاتف. أعد ربطه من لوحة تحكم Wawp.</translation>
    </message>
    <message>
      <source>No webhook with this URL exists on the instance; it may have been deleted already. Reload the list.</source>
      <translation>لا يوجد ويب هوك بهذا العنوان على المثيل؛ ربما حُذف بالفعل. أعد تحميل القائمة.</translation>
    </message>
    <message>
      <source>Wawp answered “not found”. Check the instance ID; if it is right, the API address may be wrong.</source>
      <translation>ردّ Wawp بأنه «غير موجود». تحقّق من معرّف المثيل؛ إن كان صحيحًا، فربما يكون عنوان API خاطئًا.</translation>
    </message>
    <message>
      <source>No instance with this ID was found. Check the instance ID; the instance may also have been deleted.</source>
      <translation>لم يُعثر على مثيل بهذا المعرّف. تحقّق من معرّف المثيل؛ وربما يكون المثيل قد حُذف.</translation>
    </message>
    <message>
      <source>Wawp says the request is missing something or has a wrong value.</source>
      <translation>يقول Wawp إن الطلب ينقصه شيء أو يحتوي على قيمة خاطئة.</translation>
    </message>
    <message>
      <source>Wawp asks to wait {seconds} s before trying again.</source>
      <translation>يطلب Wawp الانتظار {seconds} ث قبل المحاولة مرة أخرى.</translation>
    </message>
    <message>
      <source>Too many requests were sent in a short time.</source>
      <translation>أُرسلت طلبات كثيرة جدًا في وقت قصير.</translation>
    </message>
    <message>
      <source>Wait a moment and try again.</source>
      <translation>انتظر قليلًا ثم حاول مرة أخرى.</translation>
    </message>
    <message>
      <source>Wawp's server had a problem (HTTP {status}). Your settings were probably not saved.</source>
      <translation>حدثت مشكلة في خادم Wawp (HTTP {status}). على الأرجح لم تُحفظ إعداداتك.</translation>
    </message>
    <message>
      <source>Try again in a minute.</source>
      <translation>حاول مرة أخرى بعد دقيقة.</translation>
    </message>
    <message>
      <source>Wawp answered with HTTP {status}, which the app did not expect.</source>
      <translation>ردّ Wawp برمز HTTP {status}، وهو ما لم يتوقعه التطبيق.</translation>
    </message>
    <message>
      <source>Wawp's answer was nested more than {levels} levels deep, far more than Wawp ever sends, so it cannot be read and nothing can be confirmed. The API address may point at the wrong service.</source>
      <translation>رد Wawp متداخل بأكثر من {levels} مستوى، وهذا أكثر بكثير مما يرسله Wawp عادة، لذا لا يمكن قراءته ولا تأكيد أي شيء. ربما يشير عنوان API إلى خدمة خاطئة.</translation>
    </message>
    <message>
      <source>Wawp sent {kind} instead of data. The service may be down or behind a maintenance page, or the API address is wrong.</source>
      <translation>أرسل Wawp {kind} بدلًا من البيانات. ربما تكون الخدمة متوقفة أو في وضع الصيانة، أو أن عنوان API خاطئ.</translation>
    </message>
    <message>
      <source>Wawp's answer was nested far too deeply to be read. The API address may point at the wrong service.</source>
      <translation>رد Wawp متداخل بعمق كبير جدًا لا تمكن معه قراءته. ربما يشير عنوان API إلى خدمة خاطئة.</translation>
    </message>
    <message>
      <source>Wawp's answer did not have the expected form (no object). Nothing can be confirmed.</source>
      <translation>لم يكن رد Wawp بالشكل المتوقع (لا يحتوي على كائن). لا يمكن تأكيد أي شيء.</translation>
    </message>
    <message>
      <source>Wawp answered, but said the request failed.</source>
      <translation>ردّ Wawp، لكنه قال إن الطلب فشل.</translation>
    </message>
    <message>
      <source>Wawp did not confirm what it stored: the “{part}” part of its answer was missing.</source>
      <translation>لم يؤكد Wawp ما حفظه: الجزء «{part}» غير موجود في رده.</translation>
    </message>
    <message>
      <source>Wawp did not confirm what it stored: the “{part}” part of its answer had the wrong form.</source>
      <translation>لم يؤكد Wawp ما حفظه: الجزء «{part}» في رده بشكل خاطئ.</translation>
    </message>
    <message>
      <source>Wawp's answer was empty, so nothing can be confirmed.</source>
      <translation>كان رد Wawp فارغًا، لذا لا يمكن تأكيد أي شيء.</translation>
    </message>
    <message>
      <source>the system proxy settings</source>
      <translation>إعدادات الخادم الوكيل في النظام</translation>
    </message>
    <message>
      <source>set in {source}</source>
      <translation>المحدد في {source}</translation>
    </message>
    <message>
      <source>The proxy {where} (“{proxy}”) uses an unsupported proxy scheme (“{scheme}”). Use an http://, https:// or socks5:// proxy, or remove the setting.</source>
      <translation>الخادم الوكيل {where} («{proxy}») يستخدم نوعًا غير مدعوم («{scheme}»). استخدم خادمًا وكيلًا من نوع http:// أو https:// أو socks5://، أو احذف الإعداد.</translation>
    </message>
    <message>
      <source>The proxy {where} (“{proxy}”) is not a valid proxy address. Correct it (for example http://proxy.example.com:3128) or remove it.</source>
      <translation>الخادم الوكيل {where} («{proxy}») ليس عنوان خادم وكيل صالحًا. صحّحه (مثلًا http://proxy.example.com:3128) أو احذفه.</translation>
    </message>
  </context>
  <context>
    <name>EventCatalog</name>
    <message>
      <source>Messages</source>
      <translation>الرسائل</translation>
    </message>
    <message>
      <source>An incoming message (text, media, file) received by this number.</source>
      <translation>رسالة واردة (نص أو وسائط أو ملف) استقبلها هذا الرقم.</translation>
    </message>
    <message>
      <source>Every message in the session, including those this number sends.</source>
      <translation>كل رسالة في الجلسة، بما فيها الرسائل التي يرسلها هذا الرقم.</translation>
    </message>
    <message>
      <source>Delivery and read status of sent messages in direct chats.</source>
      <translation>حالة تسليم الرسائل المرسلة وقراءتها في المحادثات الفردية.</translation>
    </message>
    <message>
      <source>Read or played receipts from participants in group chats.</source>
      <translation>إشعارات القراءة أو التشغيل من المشاركين في محادثات المجموعات.</translation>
    </message>
    <message>
      <source>The phone shows “Waiting for this message”.</source>
      <translation>يعرض الهاتف «في انتظار هذه الرسالة».</translation>
    </message>
    <message>
      <source>A message was deleted for everyone.</source>
      <translation>حُذفت رسالة لدى الجميع.</translation>
    </message>
    <message>
      <source>A sent message was edited.</source>
      <translation>عُدّلت رسالة مرسلة.</translation>
    </message>
    <message>
      <source>A reaction was added to or removed from a message.</source>
      <translation>أُضيف تفاعل إلى رسالة أو أُزيل منها.</translation>
    </message>
    <message>
      <source>A vote on a poll this number sent.</source>
      <translation>تصويت في استطلاع أرسله هذا الرقم.</translation>
    </message>
    <message>
      <source>A poll vote arrived but could not be decrypted.</source>
      <translation>وصل تصويت في استطلاع لكن تعذّر فك تشفيره.</translation>
    </message>
    <message>
      <source>Groups</source>
      <translation>المجموعات</translation>
    </message>
    <message>
      <source>Old-style event: someone joined a group.</source>
      <translation>حدث بالصيغة القديمة: انضم شخص إلى مجموعة.</translation>
    </message>
    <message>
      <source>Old-style event: someone left a group.</source>
      <translation>حدث بالصيغة القديمة: غادر شخص مجموعة.</translation>
    </message>
    <message>
      <source>This number joined or was added to a group.</source>
      <translation>انضم هذا الرقم إلى مجموعة أو أُضيف إليها.</translation>
    </message>
    <message>
      <source>This number left or was removed from a group.</source>
      <translation>غادر هذا الرقم مجموعة أو أُزيل منها.</translation>
    </message>
    <message>
      <source>Group info changed: subject, description, settings, picture.</source>
      <translation>تغيّرت معلومات المجموعة: الموضوع أو الوصف أو الإعدادات أو الصورة.</translation>
    </message>
    <message>
      <source>Group members changed: join, leave, promote, demote.</source>
      <translation>تغيّر أعضاء المجموعة: انضمام أو مغادرة أو ترقية إلى مشرف أو إلغاء الإشراف.</translation>
    </message>
    <message>
      <source>Session &amp; Calls</source>
      <translation>الجلسة والمكالمات</translation>
    </message>
    <message>
      <source>The session's status changed (for example WORKING or FAILED).</source>
      <translation>تغيّرت حالة الجلسة (مثل WORKING أو FAILED).</translation>
    </message>
    <message>
      <source>Old-style internal engine state.</source>
      <translation>حالة المحرك الداخلية بالصيغة القديمة.</translation>
    </message>
    <message>
      <source>Presence in a chat: online, offline, typing, recording.</source>
      <translation>الحضور في محادثة: متصل أو غير متصل أو يكتب أو يسجّل.</translation>
    </message>
    <message>
      <source>A chat was archived or unarchived.</source>
      <translation>أُرشفت محادثة أو أُلغيت أرشفتها.</translation>
    </message>
    <message>
      <source>An incoming voice or video call.</source>
      <translation>مكالمة صوتية أو مرئية واردة.</translation>
    </message>
    <message>
      <source>An incoming call was accepted on another device.</source>
      <translation>قُبلت مكالمة واردة على جهاز آخر.</translation>
    </message>
    <message>
      <source>An incoming call was rejected or ended.</source>
      <translation>رُفضت مكالمة واردة أو انتهت.</translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>التصنيفات</translation>
    </message>
    <message>
      <source>A WhatsApp Business label was created or updated.</source>
      <translation>أُنشئ تصنيف في WhatsApp Business أو حُدّث.</translation>
    </message>
    <message>
      <source>A WhatsApp Business label was deleted.</source>
      <translation>حُذف تصنيف في WhatsApp Business.</translation>
    </message>
    <message>
      <source>A label was assigned to a chat.</source>
      <translation>أُضيف تصنيف إلى محادثة.</translation>
    </message>
    <message>
      <source>A label was removed from a chat.</source>
      <translation>أُزيل تصنيف من محادثة.</translation>
    </message>
    <message>
      <source>Advanced</source>
      <translation>متقدم</translation>
    </message>
    <message>
      <source>Someone answered an Event (calendar invite) message you sent.</source>
      <translation>ردّ شخص على رسالة مناسبة (دعوة تقويم) أرسلتها.</translation>
    </message>
    <message>
      <source>{description} Deprecated: use {event} instead.</source>
      <translation>{description} متوقف الدعم: استخدم {event} بدلًا منه.</translation>
    </message>
  </context>
  <context>
    <name>EventPresets</name>
    <message>
      <source>Everything</source>
      <translation>كل الأحداث</translation>
    </message>
    <message>
      <source>All 28 events.</source>
      <translation>جميع الأحداث الـ 28.</translation>
    </message>
    <message>
      <source>Messages only</source>
      <translation>الرسائل فقط</translation>
    </message>
    <message>
      <source>Incoming messages and what happens to them afterwards.</source>
      <translation>الرسائل الواردة وما يحدث لها بعد ذلك.</translation>
    </message>
    <message>
      <source>CRM / inbox</source>
      <translation>إدارة العملاء / صندوق وارد</translation>
    </message>
    <message>
      <source>A shared inbox or CRM: every message in and out, status, edits, reactions, missed calls, chat labels and whether the number is connected.</source>
      <translation>صندوق وارد مشترك أو نظام إدارة علاقات العملاء: كل رسالة واردة وصادرة، والحالة، والتعديلات، والتفاعلات، والمكالمات الفائتة، وتصنيفات المحادثات، وما إذا كان الرقم متصلًا.</translation>
    </message>
    <message>
      <source>Session health</source>
      <translation>سلامة الجلسة</translation>
    </message>
    <message>
      <source>Only the session's status (connected or not).</source>
      <translation>حالة الجلسة فقط (متصلة أم لا).</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>مسح</translation>
    </message>
    <message>
      <source>No events selected.</source>
      <translation>لم يُختر أي حدث.</translation>
    </message>
  </context>
  <context>
    <name>EventsPicker</name>
    <message>
      <source>Events</source>
      <translation>الأحداث</translation>
    </message>
    <message>
      <source>Search events (e.g. read, call)</source>
      <translation>ابحث في الأحداث (مثل: قراءة، مكالمة)</translation>
    </message>
    <message>
      <source>Search events by name or description</source>
      <translation>البحث في الأحداث بالاسم أو الوصف</translation>
    </message>
    <message>
      <source>Event presets</source>
      <translation>مجموعات الأحداث الجاهزة</translation>
    </message>
    <message>
      <source>Replace the selection with a ready-made set (Ctrl+Z undoes)</source>
      <translation>استبدل التحديد بمجموعة جاهزة (يمكن التراجع بـ Ctrl+Z)</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>اختر…</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <source>Undo the last preset or group change (Ctrl+Z)</source>
      <translation>تراجع عن آخر تغيير بمجموعة جاهزة أو بفئة (Ctrl+Z)</translation>
    </message>
    <message>
      <source>Undo event selection</source>
      <translation>التراجع عن تحديد الأحداث</translation>
    </message>
    <message>
      <source>Every event on a busy number means heavy traffic to your server.</source>
      <translation>كل الأحداث على رقم مزدحم تعني حركة بيانات كثيفة إلى خادمك.</translation>
    </message>
    <message>
      <source>No event matches this search.</source>
      <translation>لا يوجد حدث يطابق هذا البحث.</translation>
    </message>
    <message>
      <source>Search &amp;events</source>
      <translation>&amp;بحث في الأحداث</translation>
    </message>
    <message>
      <source>P&amp;resets</source>
      <translation>مجموعات جاه&amp;زة</translation>
    </message>
    <message>
      <source>Select or clear every {group} event</source>
      <translation>حدّد كل أحداث فئة «{group}» أو ألغِ تحديدها</translation>
    </message>
    <message>
      <source>{event} (deprecated)</source>
      <translation>{event} (متوقف الدعم)</translation>
    </message>
    <message numerus="yes">
      <source>%n of {total} selected</source>
      <translation>
        <numerusform>لم يُحدَّد أي حدث من {total}</numerusform>
        <numerusform>تم تحديد حدث واحد من {total}</numerusform>
        <numerusform>تم تحديد حدثين من {total}</numerusform>
        <numerusform>تم تحديد %n أحداث من {total}</numerusform>
        <numerusform>تم تحديد %n حدثًا من {total}</numerusform>
        <numerusform>تم تحديد %n حدث من {total}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n of {total} selected · {shown} shown</source>
      <translation>
        <numerusform>لم يُحدَّد أي حدث من {total} · المعروض {shown}</numerusform>
        <numerusform>تم تحديد حدث واحد من {total} · المعروض {shown}</numerusform>
        <numerusform>تم تحديد حدثين من {total} · المعروض {shown}</numerusform>
        <numerusform>تم تحديد %n أحداث من {total} · المعروض {shown}</numerusform>
        <numerusform>تم تحديد %n حدثًا من {total} · المعروض {shown}</numerusform>
        <numerusform>تم تحديد %n حدث من {total} · المعروض {shown}</numerusform>
      </translation>
    </message>
    <message>
      <source>Move the focus to an event to read what it means here.</source>
      <translation>انتقل إلى أي حدث لتقرأ معناه هنا.</translation>
    </message>
  </context>
  <context>
    <name>FieldMessage</name>
    <message>
      <source>Error: {message}</source>
      <translation>خطأ: {message}</translation>
    </message>
    <message>
      <source>Warning: {message}</source>
      <translation>تنبيه: {message}</translation>
    </message>
  </context>
  <context>
    <name>FileErrors</name>
    <message>
      <source>the disk is full</source>
      <translation>القرص ممتلئ</translation>
    </message>
    <message>
      <source>the disk quota is used up</source>
      <translation>نفدت المساحة المخصصة لك على القرص</translation>
    </message>
    <message>
      <source>the file would be larger than this disk or this computer allows</source>
      <translation>سيكون الملف أكبر مما يسمح به هذا القرص أو هذا الجهاز</translation>
    </message>
    <message>
      <source>the disk is read-only</source>
      <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
      <source>the folder or the file is read-only (no permission to write there)</source>
      <translation>المجلد أو الملف للقراءة فقط (لا توجد صلاحية للكتابة هناك)</translation>
    </message>
    <message>
      <source>this name belongs to a folder, not a file</source>
      <translation>هذا الاسم لمجلد وليس لملف</translation>
    </message>
    <message>
      <source>part of the path is a file, not a folder</source>
      <translation>جزء من المسار ملف وليس مجلدًا</translation>
    </message>
    <message>
      <source>the folder does not exist</source>
      <translation>المجلد غير موجود</translation>
    </message>
    <message>
      <source>the name is too long</source>
      <translation>الاسم طويل جدًا</translation>
    </message>
    <message>
      <source>the disk reported an error</source>
      <translation>أبلغ القرص عن خطأ</translation>
    </message>
    <message>
      <source>the path loops through links</source>
      <translation>المسار يدور في حلقة من الروابط</translation>
    </message>
    <message>
      <source>the file is in use</source>
      <translation>الملف قيد الاستخدام</translation>
    </message>
    <message>
      <source>Could not write “{path}”: {reason}.</source>
      <translation>تعذّرت كتابة «{path}»: {reason}.</translation>
    </message>
    <message>
      <source>Could not read “{path}”: {reason}.</source>
      <translation>تعذّرت قراءة «{path}»: {reason}.</translation>
    </message>
    <message>
      <source>this name belongs to a device or a pipe, not a file</source>
      <translation>هذا الاسم لجهاز أو أنبوب وليس لملف</translation>
    </message>
    <message>
      <source>the file is read-only</source>
      <translation>الملف للقراءة فقط</translation>
    </message>
    <message>
      <source>too many broken copies are kept beside it already</source>
      <translation>توجد بجانبه بالفعل نسخ تالفة كثيرة جدًا</translation>
    </message>
    <message>
      <source>it could not be copied ({reason})</source>
      <translation>تعذّر نسخه ({reason})</translation>
    </message>
    <message>
      <source>the file does not exist</source>
      <translation>الملف غير موجود</translation>
    </message>
    <message>
      <source>you do not have permission to read it</source>
      <translation>ليست لديك صلاحية لقراءته</translation>
    </message>
    <message>
      <source>it is a folder, not a file</source>
      <translation>إنه مجلد وليس ملفًا</translation>
    </message>
    <message>
      <source>it is a named pipe (FIFO), not a file</source>
      <translation>إنه أنبوب مسمّى (FIFO) وليس ملفًا</translation>
    </message>
    <message>
      <source>it is a device, not a file</source>
      <translation>إنه جهاز وليس ملفًا</translation>
    </message>
    <message>
      <source>it is a socket, not a file</source>
      <translation>إنه مقبس (socket) وليس ملفًا</translation>
    </message>
    <message>
      <source>it is not a regular file</source>
      <translation>إنه ليس ملفًا عاديًا</translation>
    </message>
    <message>
      <source>the file is larger than {limit} ({size})</source>
      <translation>الملف أكبر من {limit} ({size})</translation>
    </message>
    <message>
      <source>the file is larger than {limit}</source>
      <translation>الملف أكبر من {limit}</translation>
    </message>
    <message>
      <source>{size} MB</source>
      <translation>{size} ميغابايت</translation>
    </message>
    <message>
      <source>{size} kB</source>
      <translation>{size} كيلوبايت</translation>
    </message>
    <message numerus="yes">
      <source>%n byte(s)</source>
      <translation>
        <numerusform>%n بايت</numerusform>
        <numerusform>بايت واحد</numerusform>
        <numerusform>بايتان</numerusform>
        <numerusform>%n بايتات</numerusform>
        <numerusform>%n بايتًا</numerusform>
        <numerusform>%n بايت</numerusform>
      </translation>
    </message>
    <message>
      <source>the file is saved as UTF-16; save it as UTF-8 and try again</source>
      <translation>الملف محفوظ بترميز UTF-16؛ احفظه بترميز UTF-8 وحاول مرة أخرى</translation>
    </message>
    <message>
      <source>the file is not a text file (it holds binary data)</source>
      <translation>الملف ليس ملفًا نصيًا (يحتوي على بيانات ثنائية)</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text (line {line} holds a character in another encoding, such as Latin-1 or Windows-1252); save it as UTF-8 and try again</source>
      <translation>الملف ليس نصًا بترميز UTF-8 (يحتوي السطر {line} على حرف بترميز آخر، مثل Latin-1 أو Windows-1252)؛ احفظه بترميز UTF-8 وحاول مرة أخرى</translation>
    </message>
  </context>
  <context>
    <name>FilesFeature</name>
    <message>
      <source>Webhook configuration (*.json)</source>
      <translation>إعدادات الويب هوك (*.json)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>كل الملفات (*)</translation>
    </message>
    <message>
      <source>Export webhook configuration</source>
      <translation>تصدير إعدادات الويب هوك</translation>
    </message>
    <message>
      <source>Could not write {path}: {reason}. An existing file there was left as it was.</source>
      <translation>تعذّرت كتابة {path}: {reason}. أي ملف كان موجودًا هناك بقي كما هو.</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>فشل التصدير</translation>
    </message>
    <message>
      <source>Exported to {path} (no secrets).</source>
      <translation>صُدِّرت الإعدادات إلى {path} (دون أي أسرار).</translation>
    </message>
    <message>
      <source>Import webhook configuration</source>
      <translation>استيراد إعدادات الويب هوك</translation>
    </message>
    <message>
      <source>Could not read {path}: {reason}</source>
      <translation>تعذّرت قراءة {path}: {reason}</translation>
    </message>
    <message>
      <source>Import failed</source>
      <translation>فشل الاستيراد</translation>
    </message>
    <message>
      <source>Nothing was changed. Problems in {path}:

{problems}</source>
      <translation>لم يتغيّر شيء. مشكلات في {path}:

{problems}</translation>
    </message>
    <message>
      <source>Imported {path}.</source>
      <translation>استُورد {path}.</translation>
    </message>
    <message>
      <source>Imported with notes</source>
      <translation>استُورد مع ملاحظات</translation>
    </message>
    <message>
      <source>Replace the form?</source>
      <translation>استبدال محتوى النموذج؟</translation>
    </message>
    <message>
      <source>The form holds the webhook for
{current}

Replace it with
{new}?</source>
      <translation>يحتوي النموذج على الويب هوك للعنوان
{current}

هل تستبدله بالويب هوك للعنوان
{new}؟</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>استبدال</translation>
    </message>
  </context>
  <context>
    <name>FleetBulk</name>
    <message>
      <source>This is an instance's system webhook: the Wawp inbox depends on it, so it is never disabled in bulk. Disable it one instance at a time on the Webhook page.</source>
      <translation>هذا هو ويب هوك النظام الخاص بالمثيل: يعتمد عليه صندوق وارد Wawp، لذلك لا يُعطَّل أبدًا بشكل جماعي. عطّله لكل مثيل على حدة من صفحة الويب هوك.</translation>
    </message>
    <message>
      <source>No access token is saved for this instance: pick it, enter its token and save once.</source>
      <translation>لا يوجد رمز وصول محفوظ لهذا المثيل: اختره، وأدخل رمزه، ثم احفظ مرة واحدة.</translation>
    </message>
    <message>
      <source>Not started: the run was cancelled.</source>
      <translation>لم يبدأ: أُلغيت العملية.</translation>
    </message>
    <message>
      <source>Cancelled before anything was sent.</source>
      <translation>أُلغي قبل إرسال أي شيء.</translation>
    </message>
    <message>
      <source>Cancelled while the save was on its way: it may have been saved. Compare or apply again to be sure.</source>
      <translation>أُلغي أثناء إرسال الحفظ: ربما تم الحفظ. قارن أو طبّق مرة أخرى للتأكد.</translation>
    </message>
    <message>
      <source>Saved (Wawp answered); the read-back was cancelled.</source>
      <translation>تم الحفظ (ردّ Wawp)؛ وأُلغيت قراءة ما تم تخزينه.</translation>
    </message>
    <message numerus="yes">
      <source>%n webhook(s)</source>
      <translation>
        <numerusform>%n ويب هوك</numerusform>
        <numerusform>ويب هوك واحد</numerusform>
        <numerusform>%n ويب هوك</numerusform>
        <numerusform>%n ويب هوك</numerusform>
        <numerusform>%n ويب هوك</numerusform>
        <numerusform>%n ويب هوك</numerusform>
      </translation>
    </message>
    <message>
      <source>{name} active</source>
      <translation>{name} مفعّل</translation>
    </message>
    <message>
      <source>{name} inactive</source>
      <translation>{name} غير مفعّل</translation>
    </message>
    <message>
      <source>Something unexpected went wrong ({error}); see the log file.</source>
      <translation>حدث خطأ غير متوقع ({error})؛ راجع ملف السجل.</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>أُلغي.</translation>
    </message>
    <message>
      <source>free plan: no webhooks</source>
      <translation>الخطة المجانية: لا ويب هوك</translation>
    </message>
    <message>
      <source>could not be read</source>
      <translation>تعذّرت القراءة</translation>
    </message>
    <message>
      <source>No webhook with this URL.</source>
      <translation>لا يوجد ويب هوك بهذا العنوان.</translation>
    </message>
    <message>
      <source>Stored as the form says.</source>
      <translation>مخزَّن كما في النموذج.</translation>
    </message>
    <message>
      <source>Differs: {differences}.</source>
      <translation>يختلف: {differences}.</translation>
    </message>
    <message>
      <source>; </source>
      <translation>؛ </translation>
    </message>
    <message>
      <source>Already stored as asked: nothing was sent.</source>
      <translation>مخزَّن مسبقًا كما طُلب: لم يُرسَل شيء.</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>تم الحفظ</translation>
    </message>
    <message>
      <source>{answer} Could not read back what was stored: {problem}</source>
      <translation>{answer} تعذّرت قراءة ما تم تخزينه: {problem}</translation>
    </message>
  </context>
  <context>
    <name>FleetResults</name>
    <message>
      <source>Waiting</source>
      <translation>في الانتظار</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>جارٍ العمل…</translation>
    </message>
    <message>
      <source>Connected</source>
      <translation>متصل</translation>
    </message>
    <message>
      <source>Session not working</source>
      <translation>الجلسة لا تعمل</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>تم الحفظ</translation>
    </message>
    <message>
      <source>Already as asked</source>
      <translation>كما طُلب مسبقًا</translation>
    </message>
    <message>
      <source>Saved, stored differently</source>
      <translation>حُفظ، لكن خُزِّن بشكل مختلف</translation>
    </message>
    <message>
      <source>Same as the form</source>
      <translation>مطابق للنموذج</translation>
    </message>
    <message>
      <source>Differs</source>
      <translation>مختلف</translation>
    </message>
    <message>
      <source>No such webhook</source>
      <translation>لا يوجد هذا الويب هوك</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>فشل</translation>
    </message>
    <message>
      <source>Needs a token</source>
      <translation>يحتاج إلى رمز وصول</translation>
    </message>
    <message>
      <source>Not attempted</source>
      <translation>لم تتم المحاولة</translation>
    </message>
    <message>
      <source>May have been saved</source>
      <translation>ربما تم الحفظ</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>أُلغي</translation>
    </message>
    <message numerus="yes">
      <source>Tested %n instance(s)</source>
      <translation>
        <numerusform>تم اختبار %n مثيل</numerusform>
        <numerusform>تم اختبار مثيل واحد</numerusform>
        <numerusform>تم اختبار مثيلين</numerusform>
        <numerusform>تم اختبار %n مثيلات</numerusform>
        <numerusform>تم اختبار %n مثيلًا</numerusform>
        <numerusform>تم اختبار %n مثيل</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Applied to %n instance(s)</source>
      <translation>
        <numerusform>تم التطبيق على %n مثيل</numerusform>
        <numerusform>تم التطبيق على مثيل واحد</numerusform>
        <numerusform>تم التطبيق على مثيلين</numerusform>
        <numerusform>تم التطبيق على %n مثيلات</numerusform>
        <numerusform>تم التطبيق على %n مثيلًا</numerusform>
        <numerusform>تم التطبيق على %n مثيل</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Compared %n instance(s)</source>
      <translation>
        <numerusform>تمت مقارنة %n مثيل</numerusform>
        <numerusform>تمت مقارنة مثيل واحد</numerusform>
        <numerusform>تمت مقارنة مثيلين</numerusform>
        <numerusform>تمت مقارنة %n مثيلات</numerusform>
        <numerusform>تمت مقارنة %n مثيلًا</numerusform>
        <numerusform>تمت مقارنة %n مثيل</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n pending</source>
      <translation>
        <numerusform>في الانتظار: %n</numerusform>
        <numerusform>في الانتظار: %n</numerusform>
        <numerusform>في الانتظار: %n</numerusform>
        <numerusform>في الانتظار: %n</numerusform>
        <numerusform>في الانتظار: %n</numerusform>
        <numerusform>في الانتظار: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n working</source>
      <translation>
        <numerusform>قيد العمل: %n</numerusform>
        <numerusform>قيد العمل: %n</numerusform>
        <numerusform>قيد العمل: %n</numerusform>
        <numerusform>قيد العمل: %n</numerusform>
        <numerusform>قيد العمل: %n</numerusform>
        <numerusform>قيد العمل: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n connected</source>
      <translation>
        <numerusform>متصل: %n</numerusform>
        <numerusform>متصل: %n</numerusform>
        <numerusform>متصل: %n</numerusform>
        <numerusform>متصل: %n</numerusform>
        <numerusform>متصل: %n</numerusform>
        <numerusform>متصل: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n session not working</source>
      <translation>
        <numerusform>الجلسة لا تعمل: %n</numerusform>
        <numerusform>الجلسة لا تعمل: %n</numerusform>
        <numerusform>الجلسة لا تعمل: %n</numerusform>
        <numerusform>الجلسة لا تعمل: %n</numerusform>
        <numerusform>الجلسة لا تعمل: %n</numerusform>
        <numerusform>الجلسة لا تعمل: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n saved</source>
      <translation>
        <numerusform>تم الحفظ: %n</numerusform>
        <numerusform>تم الحفظ: %n</numerusform>
        <numerusform>تم الحفظ: %n</numerusform>
        <numerusform>تم الحفظ: %n</numerusform>
        <numerusform>تم الحفظ: %n</numerusform>
        <numerusform>تم الحفظ: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unchanged</source>
      <translation>
        <numerusform>دون تغيير: %n</numerusform>
        <numerusform>دون تغيير: %n</numerusform>
        <numerusform>دون تغيير: %n</numerusform>
        <numerusform>دون تغيير: %n</numerusform>
        <numerusform>دون تغيير: %n</numerusform>
        <numerusform>دون تغيير: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n stored differently</source>
      <translation>
        <numerusform>خُزِّن بشكل مختلف: %n</numerusform>
        <numerusform>خُزِّن بشكل مختلف: %n</numerusform>
        <numerusform>خُزِّن بشكل مختلف: %n</numerusform>
        <numerusform>خُزِّن بشكل مختلف: %n</numerusform>
        <numerusform>خُزِّن بشكل مختلف: %n</numerusform>
        <numerusform>خُزِّن بشكل مختلف: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n same</source>
      <translation>
        <numerusform>مطابق: %n</numerusform>
        <numerusform>مطابق: %n</numerusform>
        <numerusform>مطابق: %n</numerusform>
        <numerusform>مطابق: %n</numerusform>
        <numerusform>مطابق: %n</numerusform>
        <numerusform>مطابق: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n differs</source>
      <translation>
        <numerusform>مختلف: %n</numerusform>
        <numerusform>مختلف: %n</numerusform>
        <numerusform>مختلف: %n</numerusform>
        <numerusform>مختلف: %n</numerusform>
        <numerusform>مختلف: %n</numerusform>
        <numerusform>مختلف: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n missing</source>
      <translation>
        <numerusform>غير موجود: %n</numerusform>
        <numerusform>غير موجود: %n</numerusform>
        <numerusform>غير موجود: %n</numerusform>
        <numerusform>غير موجود: %n</numerusform>
        <numerusform>غير موجود: %n</numerusform>
        <numerusform>غير موجود: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n failed</source>
      <translation>
        <numerusform>فشل: %n</numerusform>
        <numerusform>فشل: %n</numerusform>
        <numerusform>فشل: %n</numerusform>
        <numerusform>فشل: %n</numerusform>
        <numerusform>فشل: %n</numerusform>
        <numerusform>فشل: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n needs a token</source>
      <translation>
        <numerusform>يحتاج إلى رمز وصول: %n</numerusform>
        <numerusform>يحتاج إلى رمز وصول: %n</numerusform>
        <numerusform>يحتاج إلى رمز وصول: %n</numerusform>
        <numerusform>يحتاج إلى رمز وصول: %n</numerusform>
        <numerusform>يحتاج إلى رمز وصول: %n</numerusform>
        <numerusform>يحتاج إلى رمز وصول: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n refused</source>
      <translation>
        <numerusform>مرفوض: %n</numerusform>
        <numerusform>مرفوض: %n</numerusform>
        <numerusform>مرفوض: %n</numerusform>
        <numerusform>مرفوض: %n</numerusform>
        <numerusform>مرفوض: %n</numerusform>
        <numerusform>مرفوض: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n may have been saved</source>
      <translation>
        <numerusform>ربما تم الحفظ: %n</numerusform>
        <numerusform>ربما تم الحفظ: %n</numerusform>
        <numerusform>ربما تم الحفظ: %n</numerusform>
        <numerusform>ربما تم الحفظ: %n</numerusform>
        <numerusform>ربما تم الحفظ: %n</numerusform>
        <numerusform>ربما تم الحفظ: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n cancelled</source>
      <translation>
        <numerusform>أُلغي: %n</numerusform>
        <numerusform>أُلغي: %n</numerusform>
        <numerusform>أُلغي: %n</numerusform>
        <numerusform>أُلغي: %n</numerusform>
        <numerusform>أُلغي: %n</numerusform>
        <numerusform>أُلغي: %n</numerusform>
      </translation>
    </message>
    <message>
      <source>, </source>
      <translation>، </translation>
    </message>
    <message>
      <source>{head}: {counts}</source>
      <translation>{head}: {counts}</translation>
    </message>
    <message>
      <source>{summary} (cancelled)</source>
      <translation>{summary} (أُلغيت)</translation>
    </message>
  </context>
  <context>
    <name>FleetRoster</name>
    <message>
      <source>The first line must name the columns: name,instance_id,access_token (access_token may be left out).</source>
      <translation>يجب أن يذكر السطر الأول أسماء الأعمدة: name,instance_id,access_token (يمكن حذف access_token).</translation>
    </message>
    <message>
      <source>{name} ({instance_id})</source>
      <translation>{name} ({instance_id})</translation>
    </message>
    <message>
      <source>Line {line}, {who}: {action}: {reason}</source>
      <translation>السطر {line}، {who}: {action}: {reason}</translation>
    </message>
    <message>
      <source>Line {line}, {who}: {action}</source>
      <translation>السطر {line}، {who}: {action}</translation>
    </message>
    <message>
      <source>added</source>
      <translation>أُضيف</translation>
    </message>
    <message>
      <source>updated</source>
      <translation>حُدِّث</translation>
    </message>
    <message>
      <source>already in the list</source>
      <translation>موجود في القائمة مسبقًا</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>رُفض</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>أُضيف</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>حُدِّث</translation>
    </message>
    <message>
      <source>Already in the list</source>
      <translation>موجود في القائمة مسبقًا</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>مرفوض</translation>
    </message>
    <message>
      <source>No rows.</source>
      <translation>لا توجد صفوف.</translation>
    </message>
    <message numerus="yes">
      <source>%n added</source>
      <translation>
        <numerusform>أُضيف: %n</numerusform>
        <numerusform>أُضيف: %n</numerusform>
        <numerusform>أُضيف: %n</numerusform>
        <numerusform>أُضيف: %n</numerusform>
        <numerusform>أُضيف: %n</numerusform>
        <numerusform>أُضيف: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n updated</source>
      <translation>
        <numerusform>حُدِّث: %n</numerusform>
        <numerusform>حُدِّث: %n</numerusform>
        <numerusform>حُدِّث: %n</numerusform>
        <numerusform>حُدِّث: %n</numerusform>
        <numerusform>حُدِّث: %n</numerusform>
        <numerusform>حُدِّث: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unchanged</source>
      <translation>
        <numerusform>دون تغيير: %n</numerusform>
        <numerusform>دون تغيير: %n</numerusform>
        <numerusform>دون تغيير: %n</numerusform>
        <numerusform>دون تغيير: %n</numerusform>
        <numerusform>دون تغيير: %n</numerusform>
        <numerusform>دون تغيير: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n refused</source>
      <translation>
        <numerusform>مرفوض: %n</numerusform>
        <numerusform>مرفوض: %n</numerusform>
        <numerusform>مرفوض: %n</numerusform>
        <numerusform>مرفوض: %n</numerusform>
        <numerusform>مرفوض: %n</numerusform>
        <numerusform>مرفوض: %n</numerusform>
      </translation>
    </message>
    <message>
      <source>{rows}: {counts}</source>
      <translation>{rows}: {counts}</translation>
    </message>
    <message numerus="yes">
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n صف</numerusform>
        <numerusform>صف واحد</numerusform>
        <numerusform>صفان</numerusform>
        <numerusform>%n صفوف</numerusform>
        <numerusform>%n صفًا</numerusform>
        <numerusform>%n صف</numerusform>
      </translation>
    </message>
    <message>
      <source>The file does not exist (any more).</source>
      <translation>الملف غير موجود (لم يعد موجودًا).</translation>
    </message>
    <message>
      <source>This app is not allowed to read the file.</source>
      <translation>لا يُسمح لهذا التطبيق بقراءة الملف.</translation>
    </message>
    <message>
      <source>The file could not be opened ({reason}).</source>
      <translation>تعذّر فتح الملف ({reason}).</translation>
    </message>
    <message>
      <source>This is not an ordinary file (it may be a device or a pipe).</source>
      <translation>هذا ليس ملفًا عاديًا (قد يكون جهازًا أو أنبوبًا).</translation>
    </message>
    <message>
      <source>The file is larger than {megabytes} MB; a list of instances is far smaller.</source>
      <translation>حجم الملف أكبر من {megabytes} ميجابايت؛ وقائمة المثيلات أصغر من ذلك بكثير.</translation>
    </message>
    <message>
      <source>The file is larger than {megabytes} MB.</source>
      <translation>حجم الملف أكبر من {megabytes} ميجابايت.</translation>
    </message>
    <message>
      <source>The file could not be read without waiting.</source>
      <translation>تعذّرت قراءة الملف دون انتظار.</translation>
    </message>
    <message>
      <source>The file is not UTF-8 text (line {line} has the byte {byte}). In your spreadsheet app, save it as “CSV UTF-8” and import it again.</source>
      <translation>الملف ليس نصًا بترميز UTF-8 (في السطر {line} البايت {byte}). احفظه في برنامج الجداول بصيغة «CSV UTF-8» ثم استورده مرة أخرى.</translation>
    </message>
    <message>
      <source>{help} This file's first line is: {line}.</source>
      <translation>{help} السطر الأول في هذا الملف هو: {line}.</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(فارغ)</translation>
    </message>
    <message>
      <source>The file is empty. {help}</source>
      <translation>الملف فارغ. {help}</translation>
    </message>
    <message>
      <source>The file has more than {count} instances.</source>
      <translation>يحتوي الملف على أكثر من {count} مثيل.</translation>
    </message>
    <message>
      <source>The file is not valid CSV (line {line}: {problem}).</source>
      <translation>الملف ليس بصيغة CSV صحيحة (السطر {line}: {problem}).</translation>
    </message>
    <message>
      <source>the instance_id column is missing on this line</source>
      <translation>عمود instance_id غير موجود في هذا السطر</translation>
    </message>
    <message>
      <source>bad instance ID: {problem}</source>
      <translation>معرّف مثيل غير صالح: {problem}</translation>
    </message>
    <message>
      <source>duplicate: instance {instance_id} is already on line {line}</source>
      <translation>مكرر: المثيل {instance_id} موجود مسبقًا في السطر {line}</translation>
    </message>
    <message>
      <source>bad name: {problem}</source>
      <translation>اسم غير صالح: {problem}</translation>
    </message>
    <message>
      <source>bad access token: {problem}</source>
      <translation>رمز وصول غير صالح: {problem}</translation>
    </message>
    <message>
      <source>token kept in the password store</source>
      <translation>حُفظ الرمز في مخزن كلمات المرور</translation>
    </message>
    <message>
      <source>renamed from “{name}”</source>
      <translation>أُعيدت تسميته من «{name}»</translation>
    </message>
  </context>
  <context>
    <name>HandoffFeature</name>
    <message numerus="yes">
      <source>Copied the request as {name}. It holds your secrets: the clipboard is cleared in %n s.</source>
      <translation>
        <numerusform>نُسخ الطلب بصيغة {name}. إنه يحتوي على أسرارك: ستُمسح الحافظة بعد %n ثانية.</numerusform>
        <numerusform>نُسخ الطلب بصيغة {name}. إنه يحتوي على أسرارك: ستُمسح الحافظة بعد ثانية واحدة.</numerusform>
        <numerusform>نُسخ الطلب بصيغة {name}. إنه يحتوي على أسرارك: ستُمسح الحافظة بعد ثانيتين.</numerusform>
        <numerusform>نُسخ الطلب بصيغة {name}. إنه يحتوي على أسرارك: ستُمسح الحافظة بعد %n ثوانٍ.</numerusform>
        <numerusform>نُسخ الطلب بصيغة {name}. إنه يحتوي على أسرارك: ستُمسح الحافظة بعد %n ثانية.</numerusform>
        <numerusform>نُسخ الطلب بصيغة {name}. إنه يحتوي على أسرارك: ستُمسح الحافظة بعد %n ثانية.</numerusform>
      </translation>
    </message>
    <message>
      <source>Copied the request as {name}.</source>
      <translation>نُسخ الطلب بصيغة {name}.</translation>
    </message>
    <message>
      <source>The copied request with secrets was removed from the clipboard.</source>
      <translation>أُزيل الطلب المنسوخ مع الأسرار من الحافظة.</translation>
    </message>
  </context>
  <context>
    <name>HistoryFile</name>
    <message>
      <source>(the answer was nested too deeply to keep in the history)</source>
      <translation>(كان الرد متداخلًا بعمق كبير جدًا لا يمكن معه الاحتفاظ به في السجل)</translation>
    </message>
    <message>
      <source>it is saved as UTF-16, not UTF-8</source>
      <translation>إنه محفوظ بترميز UTF-16 وليس UTF-8</translation>
    </message>
    <message>
      <source>{why}, and it could not be set aside ({reason})</source>
      <translation>{why}، وتعذّر نقله جانبًا ({reason})</translation>
    </message>
    <message>
      <source>The history file could not be read ({why}). It was kept as “{name}” and a new history was started.</source>
      <translation>تعذّرت قراءة ملف السجل ({why}). احتُفظ به باسم «{name}» وبدأ سجل جديد.</translation>
    </message>
    <message>
      <source>saved</source>
      <translation>محفوظ</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>فشل</translation>
    </message>
    <message>
      <source>The save history could not be read: {reason}.</source>
      <translation>تعذّرت قراءة سجل الحفظ: {reason}.</translation>
    </message>
    <message numerus="yes">
      <source>Skipped %n damaged line(s) in the save history (the file itself was not changed).</source>
      <translation>
        <numerusform>تم تخطّي %n سطر تالف في سجل الحفظ (لم يتغيّر الملف نفسه).</numerusform>
        <numerusform>تم تخطّي سطر تالف واحد في سجل الحفظ (لم يتغيّر الملف نفسه).</numerusform>
        <numerusform>تم تخطّي سطرين تالفين في سجل الحفظ (لم يتغيّر الملف نفسه).</numerusform>
        <numerusform>تم تخطّي %n أسطر تالفة في سجل الحفظ (لم يتغيّر الملف نفسه).</numerusform>
        <numerusform>تم تخطّي %n سطرًا تالفًا في سجل الحفظ (لم يتغيّر الملف نفسه).</numerusform>
        <numerusform>تم تخطّي %n سطر تالف في سجل الحفظ (لم يتغيّر الملف نفسه).</numerusform>
      </translation>
    </message>
    <message>
      <source>the history file was changed since it was read; open the History tab again</source>
      <translation>تغيّر ملف السجل منذ قراءته؛ افتح تبويب «السجل» مرة أخرى</translation>
    </message>
  </context>
  <context>
    <name>HistoryPage</name>
    <message>
      <source>Time</source>
      <translation>الوقت</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>Instance</source>
      <translation>المثيل</translation>
    </message>
    <message>
      <source>URL</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>الأحداث</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <source>Sandbox</source>
      <translation>بيئة التجربة</translation>
    </message>
    <message numerus="yes">
      <source>%n instance(s)</source>
      <translation>
        <numerusform>%n مثيل</numerusform>
        <numerusform>مثيل واحد</numerusform>
        <numerusform>مثيلان</numerusform>
        <numerusform>%n مثيلات</numerusform>
        <numerusform>%n مثيلًا</numerusform>
        <numerusform>%n مثيل</numerusform>
      </translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>حُفظ</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>فشل</translation>
    </message>
    <message>
      <source>Instance, URL, event, outcome…</source>
      <translation>المثيل، العنوان، الحدث، النتيجة…</translation>
    </message>
    <message>
      <source>Search history</source>
      <translation>البحث في السجل</translation>
    </message>
    <message>
      <source>Shows only the saves whose instance, URL, events or outcome contain what you type.</source>
      <translation>يعرض فقط عمليات الحفظ التي يحتوي مثيلها أو عنوانها أو أحداثها أو نتيجتها على ما تكتبه.</translation>
    </message>
    <message>
      <source>Save history</source>
      <translation>سجل عمليات الحفظ</translation>
    </message>
    <message>
      <source>Every save, newest first: time, where, instance, URL, number of events and outcome. Enter loads the selected save into the form.</source>
      <translation>كل عمليات الحفظ، الأحدث أولًا: الوقت والمكان والمثيل والعنوان وعدد الأحداث والنتيجة. مفتاح Enter يحمّل عملية الحفظ المحددة في النموذج.</translation>
    </message>
    <message>
      <source>Details of the selected save</source>
      <translation>تفاصيل عملية الحفظ المحددة</translation>
    </message>
    <message>
      <source>The whole save as JSON, Wawp's answer included (read-only).</source>
      <translation>عملية الحفظ كاملة بصيغة JSON، ومعها رد Wawp (للقراءة فقط).</translation>
    </message>
    <message>
      <source>Select a save to see its details.</source>
      <translation>اختر عملية حفظ لترى تفاصيلها.</translation>
    </message>
    <message>
      <source>Load into form</source>
      <translation>تحميل في النموذج</translation>
    </message>
    <message>
      <source>Fill the form with this save (Enter in the list)</source>
      <translation>املأ النموذج بعملية الحفظ هذه (Enter في القائمة)</translation>
    </message>
    <message>
      <source>Load the selected save into the form</source>
      <translation>تحميل عملية الحفظ المحددة في النموذج</translation>
    </message>
    <message>
      <source>Export entry…</source>
      <translation>تصدير العنصر…</translation>
    </message>
    <message>
      <source>Write this save's configuration to a file (never the token or the signing secret)</source>
      <translation>اكتب إعدادات عملية الحفظ هذه في ملف (دون رمز الوصول أو سر التوقيع أبدًا)</translation>
    </message>
    <message>
      <source>Export the selected save</source>
      <translation>تصدير عملية الحفظ المحددة</translation>
    </message>
    <message>
      <source>Fi&amp;lter</source>
      <translation>&amp;تصفية</translation>
    </message>
    <message>
      <source>This save was not written to the history file ({path}): {reason}.</source>
      <translation>لم تُكتب عملية الحفظ هذه في ملف السجل ({path}): {reason}.</translation>
    </message>
    <message>
      <source>The history could not be written: {reason}.</source>
      <translation>تعذّرت الكتابة في السجل: {reason}.</translation>
    </message>
    <message>
      <source>This save was made in the sandbox (the practice server), not on Wawp: it cannot be loaded into the real form.</source>
      <translation>جرت عملية الحفظ هذه في بيئة التجربة (خادم التدريب)، لا على Wawp: لا يمكن تحميلها في النموذج الحقيقي.</translation>
    </message>
    <message>
      <source>A practice save made in the sandbox.</source>
      <translation>عملية حفظ تدريبية جرت في بيئة التجربة.</translation>
    </message>
  </context>
  <context>
    <name>InstanceBar</name>
    <message>
      <source>Demo instance</source>
      <translation>مثيل تجريبي</translation>
    </message>
    <message>
      <source>Sandbox instances to practise with</source>
      <translation>مثيلات بيئة التجربة للتدرّب عليها</translation>
    </message>
    <message>
      <source>Fills in the instance ID and token of a sandbox instance</source>
      <translation>يملأ معرّف المثيل والرمز لمثيل من بيئة التجربة</translation>
    </message>
    <message>
      <source>Demo instances…</source>
      <translation>مثيلات تجريبية…</translation>
    </message>
    <message>
      <source>{label} ({instance_id})</source>
      <translation>{label} ({instance_id})</translation>
    </message>
    <message>
      <source>12 letters and digits</source>
      <translation>12 حرفًا ورقمًا</translation>
    </message>
    <message>
      <source>The instance ID from your Wawp dashboard</source>
      <translation>معرّف المثيل من لوحة تحكم Wawp</translation>
    </message>
    <message>
      <source>Instance ID</source>
      <translation>معرّف المثيل</translation>
    </message>
    <message>
      <source>12 letters and digits, from your Wawp dashboard</source>
      <translation>12 حرفًا ورقمًا، من لوحة تحكم Wawp</translation>
    </message>
    <message>
      <source>Access token of this instance</source>
      <translation>رمز الوصول لهذا المثيل</translation>
    </message>
    <message>
      <source>Access token</source>
      <translation>رمز الوصول</translation>
    </message>
    <message>
      <source>Kept in the system password store, never in files</source>
      <translation>يُحفظ في مخزن كلمات المرور في النظام، وليس في ملفات أبدًا</translation>
    </message>
    <message>
      <source>Forget</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <source>Remove this instance's token from the system password store</source>
      <translation>احذف رمز هذا المثيل من مخزن كلمات المرور في النظام</translation>
    </message>
    <message>
      <source>Forget the saved token</source>
      <translation>إزالة الرمز المحفوظ</translation>
    </message>
    <message>
      <source>Test &amp;connection</source>
      <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
      <source>Check the instance ID and token, and load the instance's webhooks</source>
      <translation>تحقّق من معرّف المثيل والرمز، وحمّل الويب هوك الخاص بالمثيل</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>اختبار الاتصال</translation>
    </message>
    <message>
      <source>Sa&amp;ved instance</source>
      <translation>مثيل م&amp;حفوظ</translation>
    </message>
    <message>
      <source>Instance &amp;ID</source>
      <translation>معرّ&amp;ف المثيل</translation>
    </message>
    <message>
      <source>Access &amp;token</source>
      <translation>&amp;رمز الوصول</translation>
    </message>
    <message>
      <source>Enter the instance whose token should be forgotten.</source>
      <translation>أدخل المثيل الذي تريد إزالة رمزه.</translation>
    </message>
    <message>
      <source>Testing…</source>
      <translation>جارٍ الاختبار…</translation>
    </message>
    <message>
      <source>Instance status: {status}. {meaning}</source>
      <translation>حالة المثيل: {status}. {meaning}</translation>
    </message>
    <message>
      <source>Not connected</source>
      <translation>غير متصل</translation>
    </message>
  </context>
  <context>
    <name>InstancePage</name>
    <message>
      <source>The instance's system webhook feeds the Wawp inbox: it can be disabled, never deleted.</source>
      <translation>الويب هوك الخاص بنظام المثيل يغذّي صندوق الوارد في Wawp: يمكن تعطيله، ولا يمكن حذفه أبدًا.</translation>
    </message>
    <message>
      <source>Test the connection to see the webhooks this instance has.</source>
      <translation>اختبر الاتصال لترى الويب هوك الموجودة في هذا المثيل.</translation>
    </message>
    <message>
      <source>Not tested yet: press Test connection (Alt+C).</source>
      <translation>لم يُختبر بعد: اضغط «اختبار الاتصال» (Alt+C).</translation>
    </message>
    <message>
      <source>URL</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>مفعَّل</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>الأحداث</translation>
    </message>
    <message>
      <source>{name} (system)</source>
      <translation>{name} (النظام)</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>No</source>
      <translation>لا</translation>
    </message>
    <message>
      <source>Webhooks of this instance</source>
      <translation>الويب هوك في هذا المثيل</translation>
    </message>
    <message>
      <source>One row per webhook: URL, name, active, number of events. Enter edits the selected webhook in the form, Delete deletes it.</source>
      <translation>صف لكل ويب هوك: العنوان والاسم والتفعيل وعدد الأحداث. مفتاح Enter يعدّل الويب هوك المحدد في النموذج، ومفتاح Delete يحذفه.</translation>
    </message>
    <message>
      <source>Edit in form</source>
      <translation>تعديل في النموذج</translation>
    </message>
    <message>
      <source>Fill the form with the selected webhook (Enter in the list); Save then sends only what you change</source>
      <translation>املأ النموذج بالويب هوك المحدد (Enter في القائمة)؛ ثم يرسل الحفظ ما تغيّره فقط</translation>
    </message>
    <message>
      <source>Edit the selected webhook in the form</source>
      <translation>تعديل الويب هوك المحدد في النموذج</translation>
    </message>
    <message>
      <source>Reload</source>
      <translation>إعادة التحميل</translation>
    </message>
    <message>
      <source>Load the instance's webhooks again (F5)</source>
      <translation>حمّل الويب هوك الخاصة بالمثيل مرة أخرى (F5)</translation>
    </message>
    <message>
      <source>Reload the webhooks</source>
      <translation>إعادة تحميل الويب هوك</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>حذف…</translation>
    </message>
    <message>
      <source>Delete the selected webhook</source>
      <translation>حذف الويب هوك المحدد</translation>
    </message>
    <message>
      <source>{status}: {meaning} ({who})</source>
      <translation>{status}: {meaning} ({who})</translation>
    </message>
    <message>
      <source>{status}: {meaning}</source>
      <translation>{status}: {meaning}</translation>
    </message>
    <message>
      <source>Connection tested: {status}</source>
      <translation>اختُبر الاتصال: {status}</translation>
    </message>
    <message>
      <source>The connection test failed: {reason}</source>
      <translation>فشل اختبار الاتصال: {reason}</translation>
    </message>
    <message>
      <source>Loading the instance's webhooks…</source>
      <translation>جارٍ تحميل الويب هوك الخاصة بالمثيل…</translation>
    </message>
    <message numerus="yes">
      <source>%n webhook(s) on {instance}. Select one and press Edit in form to change it.</source>
      <translation>
        <numerusform>%n ويب هوك على {instance}. اختر واحدًا واضغط «تعديل في النموذج» لتغييره.</numerusform>
        <numerusform>ويب هوك واحد على {instance}. اختره واضغط «تعديل في النموذج» لتغييره.</numerusform>
        <numerusform>اثنان من الويب هوك على {instance}. اختر واحدًا واضغط «تعديل في النموذج» لتغييره.</numerusform>
        <numerusform>%n ويب هوك على {instance}. اختر واحدًا واضغط «تعديل في النموذج» لتغييره.</numerusform>
        <numerusform>%n ويب هوك على {instance}. اختر واحدًا واضغط «تعديل في النموذج» لتغييره.</numerusform>
        <numerusform>%n ويب هوك على {instance}. اختر واحدًا واضغط «تعديل في النموذج» لتغييره.</numerusform>
      </translation>
    </message>
    <message>
      <source>{instance} has no webhooks yet. Fill in the form and save to add one.</source>
      <translation>لا يوجد أي ويب هوك على {instance} بعد. املأ النموذج واحفظه لإضافة واحد.</translation>
    </message>
    <message>
      <source>This instance is on Wawp's free plan, which has no webhooks to list. Upgrade it in the Wawp dashboard to use webhooks.</source>
      <translation>هذا المثيل على الباقة المجانية في Wawp، ولا ويب هوك فيها لعرضه. رقِّه من لوحة تحكم Wawp لاستخدام الويب هوك.</translation>
    </message>
    <message>
      <source>Could not load the webhooks: {reason}</source>
      <translation>تعذّر تحميل الويب هوك: {reason}</translation>
    </message>
    <message>
      <source>Delete the selected webhook (Del)</source>
      <translation>حذف الويب هوك المحدد (Del)</translation>
    </message>
    <message>
      <source>Asks first; Wawp then stops sending events to {url} at once.</source>
      <translation>يسأل أولًا؛ ثم يتوقف Wawp فورًا عن إرسال الأحداث إلى {url}.</translation>
    </message>
    <message>
      <source>Replace the form?</source>
      <translation>استبدال محتوى النموذج؟</translation>
    </message>
    <message>
      <source>The form holds the webhook for
{current}

Replace it with
{new}?

What you typed for the other webhook is lost.</source>
      <translation>يحتوي النموذج على الويب هوك للعنوان
{current}

هل تستبدله بالويب هوك للعنوان
{new}؟

سيضيع ما كتبته للويب هوك الآخر.</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>استبدال</translation>
    </message>
    <message>
      <source>Editing {url}: Save sends only what you change. Leave the signing secret empty to keep the stored one.</source>
      <translation>تعديل {url}: يرسل الحفظ ما تغيّره فقط. اترك سر التوقيع فارغًا للإبقاء على السر المحفوظ.</translation>
    </message>
    <message>
      <source>Editing {url}: Save sends only what you change.</source>
      <translation>تعديل {url}: يرسل الحفظ ما تغيّره فقط.</translation>
    </message>
    <message>
      <source>Delete this webhook?</source>
      <translation>حذف هذا الويب هوك؟</translation>
    </message>
    <message>
      <source>Delete the webhook for
{url}

Wawp stops sending events there at once. This cannot be undone.</source>
      <translation>حذف الويب هوك للعنوان
{url}

سيتوقف Wawp فورًا عن إرسال الأحداث إليه. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Deleted the webhook for {url}.</source>
      <translation>حُذف الويب هوك للعنوان {url}.</translation>
    </message>
  </context>
  <context>
    <name>InstanceStatus</name>
    <message>
      <source>Connected to WhatsApp: messages and events flow.</source>
      <translation>متصل بـ WhatsApp: الرسائل والأحداث تصل.</translation>
    </message>
    <message>
      <source>The session is starting; try again in a few seconds.</source>
      <translation>الجلسة قيد البدء؛ حاول مرة أخرى بعد بضع ثوانٍ.</translation>
    </message>
    <message>
      <source>Waiting for the phone: scan the QR code in the Wawp dashboard.</source>
      <translation>في انتظار الهاتف: امسح رمز QR في لوحة تحكم Wawp.</translation>
    </message>
    <message>
      <source>The session is stopped: start it in the Wawp dashboard.</source>
      <translation>الجلسة متوقفة: ابدأها من لوحة تحكم Wawp.</translation>
    </message>
    <message>
      <source>The session failed: restart it or link the phone again in the dashboard.</source>
      <translation>فشلت الجلسة: أعد تشغيلها أو اربط الهاتف مرة أخرى من لوحة التحكم.</translation>
    </message>
    <message>
      <source>Wawp reported a status this app does not know.</source>
      <translation>أبلغ Wawp عن حالة لا يعرفها هذا التطبيق.</translation>
    </message>
    <message>
      <source>Wawp answered but did not say what state the instance is in.</source>
      <translation>ردّ Wawp لكنه لم يذكر حالة المثيل.</translation>
    </message>
    <message>
      <source>Wawp's answer did not include the list of webhooks.</source>
      <translation>لم يتضمن رد Wawp قائمة روابط الويب هوك.</translation>
    </message>
    <message>
      <source>Wawp's list of webhooks had an unexpected form.</source>
      <translation>قائمة روابط الويب هوك من Wawp بشكل غير متوقع.</translation>
    </message>
  </context>
  <context>
    <name>InstancesPage</name>
    <message>
      <source>WORKING</source>
      <translation>يعمل</translation>
    </message>
    <message>
      <source>STARTING</source>
      <translation>قيد البدء</translation>
    </message>
    <message>
      <source>SCAN_QR_CODE</source>
      <translation>بانتظار مسح الرمز</translation>
    </message>
    <message>
      <source>STOPPED</source>
      <translation>متوقف</translation>
    </message>
    <message>
      <source>FAILED</source>
      <translation>فشل</translation>
    </message>
    <message>
      <source>Needs a token</source>
      <translation>يحتاج إلى رمز وصول</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>فشل</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Instance ID</source>
      <translation>معرّف المثيل</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Webhooks</source>
      <translation>الويب هوك</translation>
    </message>
    <message>
      <source>Last checked</source>
      <translation>آخر فحص</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>الرسالة</translation>
    </message>
    <message>
      <source>Line {line}: {reason}</source>
      <translation>السطر {line}: {reason}</translation>
    </message>
    <message>
      <source>Line {line}</source>
      <translation>السطر {line}</translation>
    </message>
    <message>
      <source>The file could not be read ({reason}).</source>
      <translation>تعذّرت قراءة الملف ({reason}).</translation>
    </message>
    <message>
      <source>Import instances…</source>
      <translation>استيراد مثيلات…</translation>
    </message>
    <message>
      <source>Add instances from a CSV file with the columns name, instance_id and access_token (optional)</source>
      <translation>إضافة مثيلات من ملف CSV بالأعمدة name وinstance_id وaccess_token (اختياري)</translation>
    </message>
    <message>
      <source>Export instances…</source>
      <translation>تصدير المثيلات…</translation>
    </message>
    <message>
      <source>Save the list as a CSV file (never with tokens)</source>
      <translation>حفظ القائمة كملف CSV (دون رموز الوصول أبدًا)</translation>
    </message>
    <message>
      <source>Add the fleet demo (30 instances)</source>
      <translation>إضافة العرض التجريبي للأسطول (30 مثيلًا)</translation>
    </message>
    <message>
      <source>Sandbox only: 30 practice instances, some on the free plan, one failed, one with a wrong token</source>
      <translation>في بيئة التجربة فقط: 30 مثيلًا تجريبيًا، بعضها على الخطة المجانية، وواحد فاشل، وواحد برمز وصول خاطئ</translation>
    </message>
    <message>
      <source>Saved instances (check the ones to work on)</source>
      <translation>المثيلات المحفوظة (حدّد ما تريد العمل عليه)</translation>
    </message>
    <message>
      <source>Space checks or unchecks the current instance; Enter makes it the current one in the form</source>
      <translation>مفتاح المسافة يحدّد المثيل الحالي أو يلغي تحديده؛ ومفتاح الإدخال يجعله المثيل الحالي في النموذج</translation>
    </message>
    <message>
      <source>Check the instances to work on; Enter or a double-click makes an instance the current one</source>
      <translation>حدّد المثيلات التي تريد العمل عليها؛ مفتاح الإدخال أو النقر المزدوج يجعل المثيل هو الحالي</translation>
    </message>
    <message>
      <source>Check all</source>
      <translation>تحديد الكل</translation>
    </message>
    <message>
      <source>Check all instances</source>
      <translation>تحديد كل المثيلات</translation>
    </message>
    <message>
      <source>Uncheck all</source>
      <translation>إلغاء تحديد الكل</translation>
    </message>
    <message>
      <source>Uncheck all instances</source>
      <translation>إلغاء تحديد كل المثيلات</translation>
    </message>
    <message>
      <source>Instances worked on at once</source>
      <translation>المثيلات التي يُعمل عليها معًا</translation>
    </message>
    <message>
      <source>How many instances are worked on at the same time</source>
      <translation>عدد المثيلات التي يُعمل عليها في الوقت نفسه</translation>
    </message>
    <message>
      <source>At once:</source>
      <translation>في آنٍ واحد:</translation>
    </message>
    <message>
      <source>Test all</source>
      <translation>اختبار الكل</translation>
    </message>
    <message>
      <source>Check the session and the webhooks of every checked instance</source>
      <translation>فحص الجلسة والويب هوك لكل مثيل محدَّد</translation>
    </message>
    <message>
      <source>Compare with form</source>
      <translation>المقارنة بالنموذج</translation>
    </message>
    <message>
      <source>Show which checked instances have a webhook that differs from the form (nothing is changed)</source>
      <translation>إظهار المثيلات المحدَّدة التي لديها ويب هوك يختلف عن النموذج (لا يُغيَّر شيء)</translation>
    </message>
    <message>
      <source>Apply to instances…</source>
      <translation>التطبيق على المثيلات…</translation>
    </message>
    <message>
      <source>Save the form's webhook on every checked instance; only what differs is sent</source>
      <translation>حفظ الويب هوك الموجود في النموذج على كل مثيل محدَّد؛ لا يُرسَل إلا ما يختلف</translation>
    </message>
    <message>
      <source>Retry failed</source>
      <translation>إعادة محاولة ما فشل</translation>
    </message>
    <message>
      <source>Run the latest action again on the instances that did not succeed</source>
      <translation>تشغيل آخر إجراء مرة أخرى على المثيلات التي لم تنجح</translation>
    </message>
    <message>
      <source>%v of %m</source>
      <translation>%v من %m</translation>
    </message>
    <message>
      <source>Progress of the run</source>
      <translation>تقدّم العملية</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Stop the run: instances not started yet are left alone</source>
      <translation>إيقاف العملية: تُترك المثيلات التي لم تبدأ بعد دون تغيير</translation>
    </message>
    <message>
      <source>Cancel the run</source>
      <translation>إلغاء العملية</translation>
    </message>
    <message>
      <source>Export report…</source>
      <translation>تصدير التقرير…</translation>
    </message>
    <message>
      <source>Save the results as a CSV file (never with tokens)</source>
      <translation>حفظ النتائج كملف CSV (دون رموز الوصول أبدًا)</translation>
    </message>
    <message>
      <source>Results of the latest run, one row per instance</source>
      <translation>نتائج آخر عملية، صف لكل مثيل</translation>
    </message>
    <message>
      <source>Problems come first; the tooltip of a row lists what differs</source>
      <translation>المشكلات أولًا؛ ويعرض التلميح الخاص بكل صف ما يختلف</translation>
    </message>
    <message>
      <source>{checked} of {total} checked</source>
      <translation>{checked} من {total} محدَّد</translation>
    </message>
    <message>
      <source>Check the instances to work on first.</source>
      <translation>حدّد أولًا المثيلات التي تريد العمل عليها.</translation>
    </message>
    <message numerus="yes">
      <source>Save the webhook for
{url}
on %n instance(s)?

On each one, only what differs from the form is sent; instances without a saved token are left alone.</source>
      <translation>
        <numerusform>هل تريد حفظ الويب هوك الخاص بـ
{url}
على %n مثيل؟

على كل مثيل، لا يُرسَل إلا ما يختلف عن النموذج؛ وتُترك المثيلات التي ليس لها رمز وصول محفوظ دون تغيير.</numerusform>
        <numerusform>هل تريد حفظ الويب هوك الخاص بـ
{url}
على مثيل واحد؟

على كل مثيل، لا يُرسَل إلا ما يختلف عن النموذج؛ وتُترك المثيلات التي ليس لها رمز وصول محفوظ دون تغيير.</numerusform>
        <numerusform>هل تريد حفظ الويب هوك الخاص بـ
{url}
على مثيلين؟

على كل مثيل، لا يُرسَل إلا ما يختلف عن النموذج؛ وتُترك المثيلات التي ليس لها رمز وصول محفوظ دون تغيير.</numerusform>
        <numerusform>هل تريد حفظ الويب هوك الخاص بـ
{url}
على %n مثيلات؟

على كل مثيل، لا يُرسَل إلا ما يختلف عن النموذج؛ وتُترك المثيلات التي ليس لها رمز وصول محفوظ دون تغيير.</numerusform>
        <numerusform>هل تريد حفظ الويب هوك الخاص بـ
{url}
على %n مثيلًا؟

على كل مثيل، لا يُرسَل إلا ما يختلف عن النموذج؛ وتُترك المثيلات التي ليس لها رمز وصول محفوظ دون تغيير.</numerusform>
        <numerusform>هل تريد حفظ الويب هوك الخاص بـ
{url}
على %n مثيل؟

على كل مثيل، لا يُرسَل إلا ما يختلف عن النموذج؛ وتُترك المثيلات التي ليس لها رمز وصول محفوظ دون تغيير.</numerusform>
      </translation>
    </message>
    <message>
      <source>Apply to instances?</source>
      <translation>التطبيق على المثيلات؟</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>تطبيق</translation>
    </message>
    <message numerus="yes">
      <source>Fix the webhook form first (%n problem(s)): nothing was sent.</source>
      <translation>
        <numerusform>صحّح نموذج الويب هوك أولًا (%n مشكلة): لم يُرسَل شيء.</numerusform>
        <numerusform>صحّح نموذج الويب هوك أولًا (مشكلة واحدة): لم يُرسَل شيء.</numerusform>
        <numerusform>صحّح نموذج الويب هوك أولًا (مشكلتان): لم يُرسَل شيء.</numerusform>
        <numerusform>صحّح نموذج الويب هوك أولًا (%n مشكلات): لم يُرسَل شيء.</numerusform>
        <numerusform>صحّح نموذج الويب هوك أولًا (%n مشكلةً): لم يُرسَل شيء.</numerusform>
        <numerusform>صحّح نموذج الويب هوك أولًا (%n مشكلة): لم يُرسَل شيء.</numerusform>
      </translation>
    </message>
    <message>
      <source>The run stopped: {problem}</source>
      <translation>توقفت العملية: {problem}</translation>
    </message>
    <message>
      <source>{summary}.</source>
      <translation>{summary}.</translation>
    </message>
    <message numerus="yes">
      <source>Added the fleet demo: %n practice instance(s). Their tokens are kept only while the app runs (never in your password store). Check some and press Test all.</source>
      <translation>
        <numerusform>أُضيف العرض التجريبي للأسطول: %n مثيل تجريبي. تُحفظ رموز الوصول الخاصة بها فقط ما دام التطبيق يعمل (ولا تُحفظ أبدًا في مخزن كلمات المرور). حدّد بعضها واضغط «اختبار الكل».</numerusform>
        <numerusform>أُضيف العرض التجريبي للأسطول: مثيل تجريبي واحد. تُحفظ رموز الوصول الخاصة بها فقط ما دام التطبيق يعمل (ولا تُحفظ أبدًا في مخزن كلمات المرور). حدّد بعضها واضغط «اختبار الكل».</numerusform>
        <numerusform>أُضيف العرض التجريبي للأسطول: مثيلان تجريبيان. تُحفظ رموز الوصول الخاصة بها فقط ما دام التطبيق يعمل (ولا تُحفظ أبدًا في مخزن كلمات المرور). حدّد بعضها واضغط «اختبار الكل».</numerusform>
        <numerusform>أُضيف العرض التجريبي للأسطول: %n مثيلات تجريبية. تُحفظ رموز الوصول الخاصة بها فقط ما دام التطبيق يعمل (ولا تُحفظ أبدًا في مخزن كلمات المرور). حدّد بعضها واضغط «اختبار الكل».</numerusform>
        <numerusform>أُضيف العرض التجريبي للأسطول: %n مثيلًا تجريبيًا. تُحفظ رموز الوصول الخاصة بها فقط ما دام التطبيق يعمل (ولا تُحفظ أبدًا في مخزن كلمات المرور). حدّد بعضها واضغط «اختبار الكل».</numerusform>
        <numerusform>أُضيف العرض التجريبي للأسطول: %n مثيل تجريبي. تُحفظ رموز الوصول الخاصة بها فقط ما دام التطبيق يعمل (ولا تُحفظ أبدًا في مخزن كلمات المرور). حدّد بعضها واضغط «اختبار الكل».</numerusform>
      </translation>
    </message>
    <message>
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
      <source>Import instances</source>
      <translation>استيراد مثيلات</translation>
    </message>
    <message>
      <source>Could not read {path}: {problem}</source>
      <translation>تعذّرت قراءة {path}: {problem}</translation>
    </message>
    <message>
      <source>Nothing was imported. {problem}</source>
      <translation>لم يُستورد شيء. {problem}</translation>
    </message>
    <message>
      <source>Imported: {summary}.</source>
      <translation>تم الاستيراد: {summary}.</translation>
    </message>
    <message>
      <source>Imported: {summary}. No password store: the tokens are kept only while the app runs.</source>
      <translation>تم الاستيراد: {summary}. لا يوجد مخزن لكلمات المرور: تُحفظ رموز الوصول فقط ما دام التطبيق يعمل.</translation>
    </message>
    <message>
      <source>Export instances</source>
      <translation>تصدير المثيلات</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n instance(s) to {path} (no tokens).</source>
      <translation>
        <numerusform>تم تصدير %n مثيل إلى {path} (دون رموز الوصول).</numerusform>
        <numerusform>تم تصدير مثيل واحد إلى {path} (دون رموز الوصول).</numerusform>
        <numerusform>تم تصدير مثيلين إلى {path} (دون رموز الوصول).</numerusform>
        <numerusform>تم تصدير %n مثيلات إلى {path} (دون رموز الوصول).</numerusform>
        <numerusform>تم تصدير %n مثيلًا إلى {path} (دون رموز الوصول).</numerusform>
        <numerusform>تم تصدير %n مثيل إلى {path} (دون رموز الوصول).</numerusform>
      </translation>
    </message>
    <message>
      <source>Export report</source>
      <translation>تصدير التقرير</translation>
    </message>
    <message>
      <source>Report saved to {path} (no tokens).</source>
      <translation>حُفظ التقرير في {path} (دون رموز الوصول).</translation>
    </message>
    <message>
      <source>Could not write {path}: {problem}. An existing file there was left as it was.</source>
      <translation>تعذّرت الكتابة في {path}: {problem}. تُرك الملف الموجود هناك كما هو.</translation>
    </message>
    <message numerus="yes">
      <source>Testing %n instance(s)…</source>
      <translation>
        <numerusform>جارٍ اختبار %n مثيل…</numerusform>
        <numerusform>جارٍ اختبار مثيل واحد…</numerusform>
        <numerusform>جارٍ اختبار مثيلين…</numerusform>
        <numerusform>جارٍ اختبار %n مثيلات…</numerusform>
        <numerusform>جارٍ اختبار %n مثيلًا…</numerusform>
        <numerusform>جارٍ اختبار %n مثيل…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Applying to %n instance(s)…</source>
      <translation>
        <numerusform>جارٍ التطبيق على %n مثيل…</numerusform>
        <numerusform>جارٍ التطبيق على مثيل واحد…</numerusform>
        <numerusform>جارٍ التطبيق على مثيلين…</numerusform>
        <numerusform>جارٍ التطبيق على %n مثيلات…</numerusform>
        <numerusform>جارٍ التطبيق على %n مثيلًا…</numerusform>
        <numerusform>جارٍ التطبيق على %n مثيل…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Comparing %n instance(s)…</source>
      <translation>
        <numerusform>جارٍ مقارنة %n مثيل…</numerusform>
        <numerusform>جارٍ مقارنة مثيل واحد…</numerusform>
        <numerusform>جارٍ مقارنة مثيلين…</numerusform>
        <numerusform>جارٍ مقارنة %n مثيلات…</numerusform>
        <numerusform>جارٍ مقارنة %n مثيلًا…</numerusform>
        <numerusform>جارٍ مقارنة %n مثيل…</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <source>System</source>
      <translation>لغة النظام</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Sandbox: a practice server inside this app; nothing reaches WhatsApp. Pick a demo instance to try.</source>
      <translation>بيئة التجربة: خادم تدريب داخل هذا التطبيق، ولا يصل أي شيء إلى WhatsApp. اختر مثيلًا تجريبيًا لتبدأ.</translation>
    </message>
    <message>
      <source>Wawp Desktop — Sandbox</source>
      <translation>Wawp Desktop — بيئة التجربة</translation>
    </message>
    <message>
      <source>Practise a problem on the next request</source>
      <translation>تدرّب على مشكلة في الطلب التالي</translation>
    </message>
    <message>
      <source>Make the sandbox play a problem on the next request, to see how the app explains it</source>
      <translation>اجعل بيئة التجربة تحاكي مشكلة في الطلب التالي، لترى كيف يشرحها التطبيق</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>الصفحات</translation>
    </message>
    <message>
      <source>&amp;Webhook</source>
      <translation>ال&amp;ويب هوك</translation>
    </message>
    <message>
      <source>I&amp;nstance</source>
      <translation>المث&amp;يل</translation>
    </message>
    <message>
      <source>Histor&amp;y</source>
      <translation>ال&amp;سجل</translation>
    </message>
    <message>
      <source>Instances (&amp;bulk)</source>
      <translation>المثيلات (&amp;جماعي)</translation>
    </message>
    <message>
      <source>Webhook page</source>
      <translation>صفحة الويب هوك</translation>
    </message>
    <message>
      <source>Instance page</source>
      <translation>صفحة المثيل</translation>
    </message>
    <message>
      <source>History page</source>
      <translation>صفحة السجل</translation>
    </message>
    <message>
      <source>Instances page (bulk)</source>
      <translation>صفحة المثيلات (جماعي)</translation>
    </message>
    <message>
      <source>Practise a problem:</source>
      <translation>تدرّب على مشكلة:</translation>
    </message>
    <message>
      <source>Sandbox (built-in practice server): {url}</source>
      <translation>بيئة التجربة (خادم التدريب المدمج): {url}</translation>
    </message>
    <message>
      <source>Wawp API: {url}</source>
      <translation>واجهة Wawp البرمجية: {url}</translation>
    </message>
    <message>
      <source>Requests go to this address</source>
      <translation>تُرسَل الطلبات إلى هذا العنوان</translation>
    </message>
    <message>
      <source>Loaded the save of {time} into the form.</source>
      <translation>حُمِّل الحفظ الذي تم في {time} إلى النموذج.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <source>&amp;Save webhook</source>
      <translation>&amp;حفظ الويب هوك</translation>
    </message>
    <message>
      <source>&amp;Import configuration…</source>
      <translation>ا&amp;ستيراد الإعدادات…</translation>
    </message>
    <message>
      <source>&amp;Export configuration…</source>
      <translation>&amp;تصدير الإعدادات…</translation>
    </message>
    <message>
      <source>&amp;Preview request…</source>
      <translation>&amp;معاينة الطلب…</translation>
    </message>
    <message>
      <source>&amp;Copy request as</source>
      <translation>&amp;نسخ الطلب بصيغة</translation>
    </message>
    <message>
      <source>Show save &amp;history</source>
      <translation>عرض س&amp;جل الحفظ</translation>
    </message>
    <message>
      <source>&amp;Forget saved token</source>
      <translation>إ&amp;زالة الرمز المحفوظ</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;خروج</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>مساعد&amp;ة</translation>
    </message>
    <message>
      <source>&amp;About Wawp Desktop</source>
      <translation>&amp;حول Wawp Desktop</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>ال&amp;لغة</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>The new language is used the next time you start Wawp Desktop.</source>
      <translation>ستظهر اللغة الجديدة في المرة القادمة التي تشغّل فيها Wawp Desktop.</translation>
    </message>
    <message>
      <source>About Wawp Desktop</source>
      <translation>حول Wawp Desktop</translation>
    </message>
    <message>
      <source>Wawp Desktop {version}

Configure and test the webhooks of your Wawp WhatsApp instances.</source>
      <translation>Wawp Desktop {version}

اضبط الويب هوك لمثيلات Wawp WhatsApp الخاصة بك واختبرها.</translation>
    </message>
  </context>
  <context>
    <name>Operations</name>
    <message>
      <source>Something unexpected went wrong ({problem}). Nothing you typed was lost; try again, and see the log file if it happens again.</source>
      <translation>حدث خطأ غير متوقع ({problem}). لم يضع شيء مما كتبته؛ حاول مرة أخرى، وراجع ملف السجل إن تكرر ذلك.</translation>
    </message>
  </context>
  <context>
    <name>PracticeFeature</name>
    <message>
      <source>No problem: answer normally</source>
      <translation>بلا مشكلة: رد عادي</translation>
    </message>
    <message>
      <source>The next request to the sandbox plays: {problem}.</source>
      <translation>الطلب التالي إلى بيئة التجربة سيمثّل: {problem}.</translation>
    </message>
  </context>
  <context>
    <name>PracticeProblems</name>
    <message>
      <source>Slow answer (6 s)</source>
      <translation>رد بطيء (6 ث)</translation>
    </message>
    <message>
      <source>Wawp answers, but only after 6 seconds.</source>
      <translation>يرد Wawp، لكن بعد 6 ثوانٍ.</translation>
    </message>
    <message>
      <source>No answer (time-out)</source>
      <translation>لا رد (انتهاء المهلة)</translation>
    </message>
    <message>
      <source>Wawp never answers; the app gives up after its time limit.</source>
      <translation>لا يرد Wawp أبدًا؛ ويتوقف التطبيق عن الانتظار بعد انتهاء المهلة.</translation>
    </message>
    <message>
      <source>Server error (HTTP 500)</source>
      <translation>خطأ في الخادم (HTTP 500)</translation>
    </message>
    <message>
      <source>Wawp fails with an internal error.</source>
      <translation>يفشل Wawp بخطأ داخلي.</translation>
    </message>
    <message>
      <source>Maintenance page (HTTP 503, HTML)</source>
      <translation>صفحة صيانة (HTTP 503، صفحة ويب)</translation>
    </message>
    <message>
      <source>A web page instead of an answer, as during maintenance.</source>
      <translation>صفحة ويب بدلًا من الرد، كما يحدث أثناء الصيانة.</translation>
    </message>
    <message>
      <source>Too many requests (HTTP 429)</source>
      <translation>طلبات كثيرة جدًا (HTTP 429)</translation>
    </message>
    <message>
      <source>Wawp asks to slow down and try again later.</source>
      <translation>يطلب Wawp الإبطاء والمحاولة لاحقًا.</translation>
    </message>
    <message>
      <source>Connection cut mid-answer</source>
      <translation>انقطاع الاتصال في منتصف الرد</translation>
    </message>
    <message>
      <source>The connection breaks while the answer arrives.</source>
      <translation>ينقطع الاتصال أثناء وصول الرد.</translation>
    </message>
    <message>
      <source>Unexpected answer</source>
      <translation>رد غير متوقع</translation>
    </message>
    <message>
      <source>Wawp answers 200 with something that is not a webhook.</source>
      <translation>يرد Wawp بـ 200 ومعه شيء ليس ويب هوك.</translation>
    </message>
  </context>
  <context>
    <name>PracticeReceiver</name>
    <message>
      <source>(no event name)</source>
      <translation>(بلا اسم حدث)</translation>
    </message>
    <message>
      <source>{header}: matches your HMAC secret ({scheme})</source>
      <translation>{header}: يطابق مفتاح HMAC السري ({scheme})</translation>
    </message>
    <message>
      <source>{header}: does NOT match your HMAC secret</source>
      <translation>{header}: لا يطابق مفتاح HMAC السري</translation>
    </message>
  </context>
  <context>
    <name>PreviewDialog</name>
    <message>
      <source>Preview request</source>
      <translation>معاينة الطلب</translation>
    </message>
    <message>
      <source>Request body</source>
      <translation>محتوى الطلب</translation>
    </message>
    <message>
      <source>The JSON that Save sends, with the secrets masked</source>
      <translation>بيانات JSON التي يرسلها الحفظ، مع إخفاء الأسرار</translation>
    </message>
    <message>
      <source>The access token and HMAC secret are masked.</source>
      <translation>رمز الوصول وسرّ HMAC مخفيان.</translation>
    </message>
    <message>
      <source>Editing a stored webhook: only the changed fields are sent.</source>
      <translation>تعديل ويب هوك محفوظ: لا تُرسل إلا الحقول التي تغيّرت.</translation>
    </message>
  </context>
  <context>
    <name>ProfilesBar</name>
    <message>
      <source>Saved instances…</source>
      <translation>المثيلات المحفوظة…</translation>
    </message>
    <message>
      <source>Saved instances</source>
      <translation>المثيلات المحفوظة</translation>
    </message>
    <message>
      <source>Switch to a saved instance (its token comes from the password store)</source>
      <translation>انتقل إلى مثيل محفوظ (يُؤخذ رمزه من مخزن كلمات المرور)</translation>
    </message>
    <message>
      <source>Save…</source>
      <translation>حفظ…</translation>
    </message>
    <message>
      <source>Keep the current instance in this list</source>
      <translation>أضف المثيل الحالي إلى هذه القائمة</translation>
    </message>
    <message>
      <source>Save this instance</source>
      <translation>حفظ هذا المثيل</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>حذف…</translation>
    </message>
    <message>
      <source>Remove the chosen instance and its saved token</source>
      <translation>احذف المثيل المختار ورمزه المحفوظ</translation>
    </message>
    <message>
      <source>Remove the saved instance</source>
      <translation>حذف المثيل المحفوظ</translation>
    </message>
    <message>
      <source>No saved instances yet</source>
      <translation>لا توجد مثيلات محفوظة بعد</translation>
    </message>
  </context>
  <context>
    <name>ProfilesFeature</name>
    <message>
      <source>Save instance</source>
      <translation>حفظ المثيل</translation>
    </message>
    <message>
      <source>A name for instance {instance} (e.g. the customer):</source>
      <translation>اسم للمثيل {instance} (مثل اسم العميل):</translation>
    </message>
    <message>
      <source>The name shown for this instance in the list of saved instances.</source>
      <translation>الاسم الذي يظهر لهذا المثيل في قائمة المثيلات المحفوظة.</translation>
    </message>
    <message>
      <source>Remove {name} ({instance}) from the list and forget its saved token?</source>
      <translation>إزالة {name} ({instance}) من القائمة ونسيان رمز الوصول المحفوظ له؟</translation>
    </message>
    <message>
      <source>Remove {instance} from the list and forget its saved token?</source>
      <translation>إزالة {instance} من القائمة ونسيان رمز الوصول المحفوظ له؟</translation>
    </message>
    <message>
      <source>Remove saved instance?</source>
      <translation>إزالة المثيل المحفوظ؟</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
  </context>
  <context>
    <name>RetrySchedule</name>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} ث</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} د</translation>
    </message>
    <message>
      <source>{minutes} min {seconds} s</source>
      <translation>{minutes} د {seconds} ث</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} س {minutes} د</translation>
    </message>
    <message>
      <source>{hours} h</source>
      <translation>{hours} س</translation>
    </message>
    <message>
      <source>If your server fails, Wawp tries again once, {delay} later: it gives up after about {total}.</source>
      <translation>إذا تعطّل خادمك، يعيد Wawp المحاولة مرة واحدة بعد {delay}: ويتوقف بعد {total} تقريبًا.</translation>
    </message>
    <message numerus="yes">
      <source>If your server fails, Wawp tries again %n time(s), {delay} apart: it gives up after about {total}.</source>
      <translation>
        <numerusform>إذا تعطّل خادمك، يعيد Wawp المحاولة %n مرة بفاصل {delay} بين كل محاولة: ويتوقف بعد {total} تقريبًا.</numerusform>
        <numerusform>إذا تعطّل خادمك، يعيد Wawp المحاولة مرة واحدة بعد {delay}: ويتوقف بعد {total} تقريبًا.</numerusform>
        <numerusform>إذا تعطّل خادمك، يعيد Wawp المحاولة مرتين بفاصل {delay} بين كل محاولة: ويتوقف بعد {total} تقريبًا.</numerusform>
        <numerusform>إذا تعطّل خادمك، يعيد Wawp المحاولة %n مرات بفاصل {delay} بين كل محاولة: ويتوقف بعد {total} تقريبًا.</numerusform>
        <numerusform>إذا تعطّل خادمك، يعيد Wawp المحاولة %n مرة بفاصل {delay} بين كل محاولة: ويتوقف بعد {total} تقريبًا.</numerusform>
        <numerusform>إذا تعطّل خادمك، يعيد Wawp المحاولة %n مرة بفاصل {delay} بين كل محاولة: ويتوقف بعد {total} تقريبًا.</numerusform>
      </translation>
    </message>
    <message>
      <source>A slow or failing server can receive the same event more than once: ignore events whose id you have already handled.</source>
      <translation>قد يستقبل الخادم البطيء أو المتعطّل الحدث نفسه أكثر من مرة: تجاهل الأحداث التي عالجت معرّفها (حقل المعرّف في الحدث) من قبل.</translation>
    </message>
  </context>
  <context>
    <name>RetryTimeline</name>
    <message>
      <source>Retry timeline</source>
      <translation>الخط الزمني لإعادة المحاولة</translation>
    </message>
    <message>
      <source>, </source>
      <translation>، </translation>
    </message>
    <message>
      <source>{times} …</source>
      <translation>{times} …</translation>
    </message>
    <message>
      <source>Retries at {times}</source>
      <translation>إعادة المحاولة بعد {times}</translation>
    </message>
    <message>
      <source>first try</source>
      <translation>المحاولة الأولى</translation>
    </message>
    <message>
      <source>gives up after {total}</source>
      <translation>يتوقف بعد {total}</translation>
    </message>
  </context>
  <context>
    <name>SaveBar</name>
    <message>
      <source>Copy as c&amp;URL</source>
      <translation>نسخ بصيغة c&amp;URL</translation>
    </message>
    <message>
      <source>Copy as &amp;PowerShell</source>
      <translation>نسخ بصيغة &amp;PowerShell</translation>
    </message>
    <message>
      <source>Copy as P&amp;ython (httpx)</source>
      <translation>نسخ بصيغة P&amp;ython (httpx)</translation>
    </message>
    <message>
      <source>&amp;Save webhook</source>
      <translation>حف&amp;ظ الويب هوك</translation>
    </message>
    <message>
      <source>Send this configuration to Wawp (Ctrl+S or Enter)</source>
      <translation>أرسل هذه الإعدادات إلى Wawp (Ctrl+S أو Enter)</translation>
    </message>
    <message>
      <source>Save webhook</source>
      <translation>حفظ الويب هوك</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Stop the request in flight (Esc)</source>
      <translation>أوقف الطلب الجاري (Esc)</translation>
    </message>
    <message>
      <source>Cancel the request</source>
      <translation>إلغاء الطلب</translation>
    </message>
    <message>
      <source>Saving</source>
      <translation>جارٍ الحفظ</translation>
    </message>
    <message>
      <source>Preview re&amp;quest</source>
      <translation>معاينة ال&amp;طلب</translation>
    </message>
    <message>
      <source>Show the request that Save will send (secrets masked)</source>
      <translation>اعرض الطلب الذي سيرسله الحفظ (مع إخفاء الأسرار)</translation>
    </message>
    <message>
      <source>Preview request</source>
      <translation>معاينة الطلب</translation>
    </message>
    <message>
      <source>Copy as cURL</source>
      <translation>نسخ بصيغة cURL</translation>
    </message>
    <message>
      <source>Copy the request as a curl command; the arrow has PowerShell and Python (httpx)</source>
      <translation>انسخ الطلب كأمر cURL؛ وفي السهم صيغتا PowerShell وPython (httpx)</translation>
    </message>
    <message>
      <source>include secrets</source>
      <translation>مع الأسرار</translation>
    </message>
    <message>
      <source>Put the real token and HMAC secret in the next copy only (the clipboard is cleared after 30 s)</source>
      <translation>ضع الرمز الحقيقي وسرّ HMAC في النسخة التالية فقط (تُمسح الحافظة بعد 30 ثانية)</translation>
    </message>
    <message>
      <source>Include secrets in the next copy</source>
      <translation>تضمين الأسرار في النسخة التالية</translation>
    </message>
  </context>
  <context>
    <name>SaveFeature</name>
    <message>
      <source>Cancelled before Wawp answered; the change may still have been saved</source>
      <translation>أُلغي قبل أن يرد Wawp؛ ربما حُفظ التغيير رغم ذلك</translation>
    </message>
    <message>
      <source>This is the instance's system webhook. The Wawp inbox (the dashboard's chats) depends on it: while it is disabled, the inbox receives no new messages.

Disable it anyway?</source>
      <translation>هذا هو الويب هوك الخاص بنظام المثيل. يعتمد عليه صندوق الوارد في Wawp (محادثات لوحة التحكم): ما دام معطَّلًا لا تصل إلى صندوق الوارد رسائل جديدة.

هل تعطّله رغم ذلك؟</translation>
    </message>
    <message>
      <source>Disable the system webhook?</source>
      <translation>تعطيل الويب هوك الخاص بالنظام؟</translation>
    </message>
    <message>
      <source>Disable</source>
      <translation>تعطيل</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>حُفظ</translation>
    </message>
    <message>
      <source>Reading back what Wawp stored…</source>
      <translation>جارٍ قراءة ما خزّنه Wawp للتحقق…</translation>
    </message>
    <message>
      <source>Wawp did not accept this token.</source>
      <translation>لم يقبل Wawp رمز الوصول هذا.</translation>
    </message>
    <message>
      <source>Wawp does not know this instance ID.</source>
      <translation>لا يعرف Wawp معرّف المثيل هذا.</translation>
    </message>
    <message>
      <source>Could not read back what was stored: {reason}</source>
      <translation>تعذّرت قراءة ما خُزّن للتحقق منه: {reason}</translation>
    </message>
  </context>
  <context>
    <name>SavedInstances</name>
    <message>
      <source>{name} ({instance_id})</source>
      <translation>{name} ({instance_id})</translation>
    </message>
  </context>
  <context>
    <name>SecretEdit</name>
    <message>
      <source>Show</source>
      <translation>إظهار</translation>
    </message>
    <message>
      <source>Show or hide the value</source>
      <translation>أظهر القيمة أو أخفها</translation>
    </message>
    <message>
      <source>Show value</source>
      <translation>إظهار القيمة</translation>
    </message>
    <message>
      <source>Hide</source>
      <translation>إخفاء</translation>
    </message>
  </context>
  <context>
    <name>SessionStatus</name>
    <message>
      <source>WORKING</source>
      <translation>يعمل</translation>
    </message>
    <message>
      <source>STARTING</source>
      <translation>قيد البدء</translation>
    </message>
    <message>
      <source>SCAN_QR_CODE</source>
      <translation>بانتظار مسح الرمز</translation>
    </message>
    <message>
      <source>STOPPED</source>
      <translation>متوقف</translation>
    </message>
    <message>
      <source>FAILED</source>
      <translation>فشل</translation>
    </message>
  </context>
  <context>
    <name>SettingsFile</name>
    <message>
      <source>The settings file “{path}” could not be read ({reason}). Saved instances and the last form were not restored, and settings will not be saved until it is fixed.</source>
      <translation>تعذّرت قراءة ملف الإعدادات «{path}» ({reason}). لم تُستعد المثيلات المحفوظة ولا آخر نموذج، ولن تُحفظ الإعدادات حتى يُصلَح.</translation>
    </message>
    <message>
      <source>it is empty: its content was lost, perhaps in a crash or on a full disk</source>
      <translation>فهو فارغ: ضاع محتواه، ربما بسبب تعطّل أو امتلاء القرص</translation>
    </message>
    <message>
      <source>it is saved as UTF-16, not UTF-8</source>
      <translation>فهو محفوظ بترميز UTF-16 لا UTF-8</translation>
    </message>
    <message>
      <source>it holds binary data</source>
      <translation>فهو يحوي بيانات ثنائية</translation>
    </message>
    <message>
      <source>it is damaged</source>
      <translation>فهو تالف</translation>
    </message>
    <message>
      <source>Some settings may be missing.</source>
      <translation>قد تكون بعض الإعدادات مفقودة.</translation>
    </message>
    <message>
      <source>it holds characters that are not UTF-8</source>
      <translation>فهو يحوي محارف ليست بترميز UTF-8</translation>
    </message>
    <message>
      <source>Some names may show “�”.</source>
      <translation>قد تظهر بعض الأسماء بالرمز «�».</translation>
    </message>
    <message>
      <source>The settings file “{path}” could not be read ({why}), and it could not be kept aside ({reason}). Settings will not be saved until it is fixed.</source>
      <translation>تعذّرت قراءة ملف الإعدادات «{path}» ({why})، وتعذّر الاحتفاظ به جانبًا ({reason}). لن تُحفظ الإعدادات حتى يُصلَح.</translation>
    </message>
    <message>
      <source>The settings file could not be read ({why}). Saved instances and the last form start empty; the old file was kept as “{aside}”.</source>
      <translation>تعذّرت قراءة ملف الإعدادات ({why}). تبدأ المثيلات المحفوظة وآخر نموذج فارغة؛ واحتُفظ بالملف القديم باسم «{aside}».</translation>
    </message>
    <message>
      <source>The settings file “{path}” could not be fully read ({why}), and no copy could be kept ({reason}). Settings will not be saved until it is fixed.</source>
      <translation>تعذّرت قراءة ملف الإعدادات «{path}» كاملًا ({why})، وتعذّر حفظ نسخة منه ({reason}). لن تُحفظ الإعدادات حتى يُصلَح.</translation>
    </message>
    <message>
      <source>The settings file could not be fully read ({why}). {consequence} A copy of it was kept as “{aside}”.</source>
      <translation>تعذّرت قراءة ملف الإعدادات كاملًا ({why}). {consequence} واحتُفظ بنسخة منه باسم «{aside}».</translation>
    </message>
    <message>
      <source>Settings could not be saved to “{path}”: {reason}.</source>
      <translation>تعذّر حفظ الإعدادات في «{path}»: {reason}.</translation>
    </message>
    <message>
      <source>this name belongs to a folder, not a file</source>
      <translation>هذا الاسم لمجلد لا لملف</translation>
    </message>
    <message>
      <source>the file is read-only</source>
      <translation>الملف للقراءة فقط</translation>
    </message>
    <message>
      <source>the system refused to write it</source>
      <translation>رفض النظام الكتابة فيه</translation>
    </message>
    <message>
      <source>the last form's values are damaged</source>
      <translation>قيم آخر نموذج تالفة</translation>
    </message>
    <message>
      <source>The last form's values start empty.</source>
      <translation>تبدأ قيم آخر نموذج فارغة.</translation>
    </message>
    <message>
      <source>The form starts empty.</source>
      <translation>يبدأ النموذج فارغًا.</translation>
    </message>
    <message>
      <source>the saved instances are damaged</source>
      <translation>المثيلات المحفوظة تالفة</translation>
    </message>
    <message>
      <source>The saved instances start empty.</source>
      <translation>تبدأ قائمة المثيلات المحفوظة فارغة.</translation>
    </message>
    <message>
      <source>The list starts empty.</source>
      <translation>تبدأ القائمة فارغة.</translation>
    </message>
    <message>
      <source>the saved instances are partly damaged</source>
      <translation>المثيلات المحفوظة تالفة جزئيًا</translation>
    </message>
    <message numerus="yes">
      <source>%n saved instance(s) could not be read and will not be listed.</source>
      <translation>
        <numerusform>لم تتعذّر قراءة أي مثيل محفوظ.</numerusform>
        <numerusform>تعذّرت قراءة مثيل محفوظ واحد ولن يظهر في القائمة.</numerusform>
        <numerusform>تعذّرت قراءة مثيلين محفوظين ولن يظهرا في القائمة.</numerusform>
        <numerusform>تعذّرت قراءة %n مثيلات محفوظة ولن تظهر في القائمة.</numerusform>
        <numerusform>تعذّرت قراءة %n مثيلًا محفوظًا ولن تظهر في القائمة.</numerusform>
        <numerusform>تعذّرت قراءة %n مثيل محفوظ ولن تظهر في القائمة.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Signatures</name>
    <message>
      <source>the secret itself (X-Wawp-Signature holds the secret)</source>
      <translation>السر نفسه (يحتوي X-Wawp-Signature على السر)</translation>
    </message>
    <message>
      <source>HMAC-SHA256, hex, of the raw body</source>
      <translation>HMAC-SHA256 بالصيغة الست عشرية للمحتوى الخام</translation>
    </message>
    <message>
      <source>HMAC-SHA512, hex, of the raw body (as WAHA sends in X-Webhook-Hmac)</source>
      <translation>HMAC-SHA512 بالصيغة الست عشرية للمحتوى الخام (كما يرسله WAHA في X-Webhook-Hmac)</translation>
    </message>
    <message>
      <source>Enter the HMAC secret first.</source>
      <translation>أدخل سر HMAC أولًا.</translation>
    </message>
    <message>
      <source>Paste the value of the signature header.</source>
      <translation>الصق قيمة ترويسة التوقيع.</translation>
    </message>
    <message>
      <source>No scheme matches: the secret is different, or the body was changed (paste it exactly as received, byte for byte).</source>
      <translation>لا توجد طريقة مطابقة: إما أن السر مختلف، وإما أن المحتوى تغيّر (الصقه تمامًا كما وصل، بايتًا ببايت).</translation>
    </message>
    <message>
      <source>Match: {scheme} (after removing the line break at the end of the pasted body).</source>
      <translation>تطابق: {scheme} (بعد حذف فاصل السطر في نهاية المحتوى الملصوق).</translation>
    </message>
    <message>
      <source>Match: {scheme}.</source>
      <translation>تطابق: {scheme}.</translation>
    </message>
  </context>
  <context>
    <name>StoredDifferences</name>
    <message>
      <source>Verified: stored as requested.</source>
      <translation>تم التحقق: حُفظ كما طُلب.</translation>
    </message>
    <message>
      <source>Stored differently: {differences}.</source>
      <translation>حُفظ بشكل مختلف: {differences}.</translation>
    </message>
    <message>
      <source>{events} missing</source>
      <translation>ناقصة: {events}</translation>
    </message>
    <message>
      <source>{events} not asked for</source>
      <translation>غير مطلوبة: {events}</translation>
    </message>
    <message numerus="yes">
      <source>asked for %n event(s), {stored} stored: {details}</source>
      <translation>
        <numerusform>طُلب %n حدث، وحُفظ {stored}: {details}</numerusform>
        <numerusform>طُلب حدث واحد، وحُفظ {stored}: {details}</numerusform>
        <numerusform>طُلب حدثان، وحُفظ {stored}: {details}</numerusform>
        <numerusform>طُلبت %n أحداث، وحُفظ {stored}: {details}</numerusform>
        <numerusform>طُلب %n حدثًا، وحُفظ {stored}: {details}</numerusform>
        <numerusform>طُلب %n حدث، وحُفظ {stored}: {details}</numerusform>
      </translation>
    </message>
    <message>
      <source>asked for {asked}, stored as {stored}</source>
      <translation>المطلوب: {asked}، والمحفوظ: {stored}</translation>
    </message>
    <message>
      <source>{what} asked {asked}, stored {stored}</source>
      <translation>«{what}»: المطلوب {asked}، والمحفوظ {stored}</translation>
    </message>
    <message>
      <source>active</source>
      <translation>مفعّل</translation>
    </message>
    <message>
      <source>inactive</source>
      <translation>غير مفعّل</translation>
    </message>
    <message>
      <source>not {what}</source>
      <translation>غير {what}</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} ث</translation>
    </message>
    <message>
      <source>{url} is not among the instance's webhooks.</source>
      <translation>العنوان {url} ليس من بين روابط الويب هوك الخاصة بالمثيل.</translation>
    </message>
  </context>
  <context>
    <name>TokenFeature</name>
    <message>
      <source>No system password store (keyring) was found on this computer. Access tokens are kept only while the app is open and must be entered again next time.</source>
      <translation>لم يُعثر على مخزن كلمات مرور للنظام (keyring) في هذا الحاسوب. تُحفظ رموز الوصول ما دام التطبيق مفتوحًا فقط، ويجب إدخالها مرة أخرى في المرة القادمة.</translation>
    </message>
    <message>
      <source>keyring backend: {backend}</source>
      <translation>مخزن كلمات المرور المستخدَم (keyring): {backend}</translation>
    </message>
    <message>
      <source>No saved token for this instance yet: it is kept in the password store after the first successful save.</source>
      <translation>لا يوجد رمز وصول محفوظ لهذا المثيل بعد: يُحفظ في مخزن كلمات المرور بعد أول حفظ ناجح.</translation>
    </message>
  </context>
  <context>
    <name>TokenStore</name>
    <message>
      <source>Kept for this session only (no password store; see the note at the top).</source>
      <translation>محفوظ لهذه الجلسة فقط (لا يوجد مخزن لكلمات المرور؛ راجع الملاحظة في الأعلى).</translation>
    </message>
    <message>
      <source>No password store (keyring) was found on this computer, so {consequence}</source>
      <translation>لم يُعثر على مخزن لكلمات المرور (keyring) في هذا الجهاز، لذا {consequence}</translation>
    </message>
    <message>
      <source>The password store is locked (the unlock prompt was dismissed), so {consequence}</source>
      <translation>مخزن كلمات المرور مقفل (أُغلقت نافذة فتح القفل)، لذا {consequence}</translation>
    </message>
    <message>
      <source>The password store failed ({error}), so {consequence}</source>
      <translation>فشل مخزن كلمات المرور ({error})، لذا {consequence}</translation>
    </message>
    <message>
      <source>the token is kept only until you close the app.</source>
      <translation>سيُحتفظ بالرمز فقط حتى تغلق التطبيق.</translation>
    </message>
    <message>
      <source>the saved token could not be read. Enter it again.</source>
      <translation>تعذّرت قراءة الرمز المحفوظ. أدخله مرة أخرى.</translation>
    </message>
    <message>
      <source>the token was removed from this session only and may still be stored there.</source>
      <translation>أُزيل الرمز من هذه الجلسة فقط، وقد يظل محفوظًا هناك.</translation>
    </message>
    <message>
      <source>The system password store did not answer within {seconds} seconds, so {consequence}</source>
      <translation>لم يرد مخزن كلمات المرور في النظام خلال {seconds} ثوانٍ، لذا {consequence}</translation>
    </message>
    <message>
      <source>Token kept for this session only.</source>
      <translation>الرمز محفوظ لهذه الجلسة فقط.</translation>
    </message>
    <message>
      <source>No token stored for this instance.</source>
      <translation>لا يوجد رمز محفوظ لهذا المثيل.</translation>
    </message>
    <message>
      <source>Token loaded from the system password store.</source>
      <translation>حُمّل الرمز من مخزن كلمات المرور في النظام.</translation>
    </message>
    <message>
      <source>Token saved in the system password store.</source>
      <translation>حُفظ الرمز في مخزن كلمات المرور في النظام.</translation>
    </message>
    <message>
      <source>No token was stored for this instance.</source>
      <translation>لم يكن هناك رمز محفوظ لهذا المثيل.</translation>
    </message>
    <message>
      <source>The token was removed from this session; no password store was reachable.</source>
      <translation>أُزيل الرمز من هذه الجلسة؛ تعذّر الوصول إلى أي مخزن لكلمات المرور.</translation>
    </message>
    <message>
      <source>Token removed from the system password store.</source>
      <translation>أُزيل الرمز من مخزن كلمات المرور في النظام.</translation>
    </message>
  </context>
  <context>
    <name>UrlCheck</name>
    <message>
      <source>{ms} ms</source>
      <translation>{ms} ملّي ثانية</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} ث</translation>
    </message>
    <message>
      <source>operating system trust store</source>
      <translation>مخزن الشهادات الموثوقة في نظام التشغيل</translation>
    </message>
    <message>
      <source>certifi bundle</source>
      <translation>حزمة شهادات certifi</translation>
    </message>
    <message>
      <source>trust store given to the check</source>
      <translation>مخزن الشهادات الموثوقة المعطى للفحص</translation>
    </message>
    <message>
      <source>an address of this computer (loopback)</source>
      <translation>عنوان لهذا الحاسوب نفسه (عنوان الاسترجاع)</translation>
    </message>
    <message>
      <source>an unspecified address (0.0.0.0 or ::)</source>
      <translation>عنوان غير محدد (0.0.0.0 أو ::)</translation>
    </message>
    <message>
      <source>a link-local address (this network segment only)</source>
      <translation>عنوان محلي للرابط (لهذا الجزء من الشبكة فقط)</translation>
    </message>
    <message>
      <source>a private address of a local network</source>
      <translation>عنوان خاص بشبكة محلية</translation>
    </message>
    <message>
      <source>a multicast address</source>
      <translation>عنوان بث متعدد</translation>
    </message>
    <message>
      <source>a reserved address, not used on the internet</source>
      <translation>عنوان محجوز لا يُستخدم على الإنترنت</translation>
    </message>
    <message>
      <source>not a readable address</source>
      <translation>ليس عنوانًا مقروءًا</translation>
    </message>
    <message>
      <source>No webhook URL is entered.</source>
      <translation>لم يُدخَل عنوان الويب هوك.</translation>
    </message>
    <message>
      <source>Type the address of your server, starting with https://.</source>
      <translation>اكتب عنوان الخادم الخاص بك، مبتدئًا بـ https://.</translation>
    </message>
    <message>
      <source>Use the full address, for example https://example.com/webhook.</source>
      <translation>استخدم العنوان الكامل، مثل https://example.com/webhook.</translation>
    </message>
    <message>
      <source>The address starts with http://, but Wawp only delivers to https:// addresses.</source>
      <translation>يبدأ العنوان بـ http://، لكن Wawp لا يرسل إلا إلى عناوين https://.</translation>
    </message>
    <message>
      <source>Give your server an HTTPS certificate (free from Let's Encrypt, for example) and use https://.</source>
      <translation>ثبّت على خادمك شهادة HTTPS (مجانية من Let's Encrypt مثلًا) واستخدم https://.</translation>
    </message>
    <message>
      <source>Use the public https:// address of your server, one that works from outside your network. To receive events on this computer, expose it through a tunnel service.</source>
      <translation>استخدم عنوان https:// العام لخادمك، أي عنوانًا يعمل من خارج شبكتك. لاستقبال الأحداث على هذا الحاسوب، اجعله متاحًا عبر خدمة نفق.</translation>
    </message>
    <message>
      <source>The address contains a user name or password: Wawp may not send them, and this check does not.</source>
      <translation>يحتوي العنوان على اسم مستخدم أو كلمة مرور: قد لا يرسلهما Wawp، وهذا الفحص لا يرسلهما.</translation>
    </message>
    <message>
      <source>“{text}” is not a web address Wawp can deliver to.</source>
      <translation>«{text}» ليس عنوان ويب يستطيع Wawp الإرسال إليه.</translation>
    </message>
    <message>
      <source>{host} is {kind}: Wawp's servers on the internet cannot reach it.</source>
      <translation>{host} هو {kind}: لا تستطيع خوادم Wawp على الإنترنت الوصول إليه.</translation>
    </message>
    <message>
      <source>The address is a bare IP address ({host}): Wawp's servers need a name with a matching HTTPS certificate.</source>
      <translation>العنوان رقمي مجرد ({host}): تحتاج خوادم Wawp إلى اسم له شهادة HTTPS مطابقة.</translation>
    </message>
    <message>
      <source>“{host}” means this computer: Wawp's servers on the internet cannot reach it.</source>
      <translation>«{host}» يعني هذا الحاسوب: لا تستطيع خوادم Wawp على الإنترنت الوصول إليه.</translation>
    </message>
    <message>
      <source>“{host}” is a local network name: Wawp's servers on the internet cannot reach it.</source>
      <translation>«{host}» اسم في شبكة محلية: لا تستطيع خوادم Wawp على الإنترنت الوصول إليه.</translation>
    </message>
    <message>
      <source>“{host}” is not a full internet name (it has no dot): Wawp's servers cannot find it.</source>
      <translation>«{host}» ليس اسمًا كاملًا على الإنترنت (لا يحتوي على نقطة): لا تستطيع خوادم Wawp العثور عليه.</translation>
    </message>
    <message>
      <source>An https:// address with a public name ({host}).</source>
      <translation>عنوان https:// باسم عام ({host}).</translation>
    </message>
    <message>
      <source>{host} is this computer. Allowed because this is the practice receiver; Wawp's servers on the internet could not reach it.</source>
      <translation>{host} هو هذا الحاسوب. مسموح لأنه المستقبِل التجريبي؛ ولا تستطيع خوادم Wawp على الإنترنت الوصول إليه.</translation>
    </message>
    <message>
      <source>This was the practice receiver on this computer. For real deliveries, use the public https:// address of your server.</source>
      <translation>كان هذا هو المستقبِل التجريبي على هذا الحاسوب. للإرسال الحقيقي، استخدم عنوان https:// العام لخادمك.</translation>
    </message>
    <message>
      <source>Check the spelling of the address. If the name is new, wait until DNS has updated, and check the name's records at your domain provider.</source>
      <translation>تحقق من كتابة العنوان. إذا كان الاسم جديدًا، فانتظر حتى يتحدّث DNS، وراجع سجلات الاسم لدى مزوّد النطاق.</translation>
    </message>
    <message>
      <source>Check this computer's internet connection, then try again.</source>
      <translation>تحقق من اتصال هذا الحاسوب بالإنترنت، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
      <source>Point the name at your server's public address (check its DNS records).</source>
      <translation>اجعل الاسم يشير إلى العنوان العام لخادمك (راجع سجلات DNS الخاصة به).</translation>
    </message>
    <message>
      <source>Remove the non-public addresses from the name's DNS records.</source>
      <translation>احذف العناوين غير العامة من سجلات DNS للاسم.</translation>
    </message>
    <message>
      <source>{host} resolves to {addresses}.</source>
      <translation>يشير {host} إلى {addresses}.</translation>
    </message>
    <message>
      <source>{host} resolves to {addresses} (this computer: allowed for practice).</source>
      <translation>يشير {host} إلى {addresses} (هذا الحاسوب: مسموح للتجربة).</translation>
    </message>
    <message>
      <source>The name {host} does not exist in DNS.</source>
      <translation>الاسم {host} غير موجود في DNS.</translation>
    </message>
    <message>
      <source>No DNS server answered for {host}.</source>
      <translation>لم يُجب أي خادم DNS عن {host}.</translation>
    </message>
    <message>
      <source>Looking up {host} took longer than {limit}.</source>
      <translation>استغرق البحث عن {host} أكثر من {limit}.</translation>
    </message>
    <message>
      <source>The name {host} could not be looked up ({reason}).</source>
      <translation>تعذّر البحث عن الاسم {host} ({reason}).</translation>
    </message>
    <message>
      <source>{host} points to {address}, {kind}: Wawp's servers on the internet cannot reach it.</source>
      <translation>يشير {host} إلى {address}، وهو {kind}: لا تستطيع خوادم Wawp على الإنترنت الوصول إليه.</translation>
    </message>
    <message>
      <source>Some of its addresses are not public and were not tried: {addresses}.</source>
      <translation>بعض عناوينه ليست عامة ولم تُجرَّب: {addresses}.</translation>
    </message>
    <message>
      <source>Check that your web server is running, and that the port in the address is right (HTTPS normally uses 443).</source>
      <translation>تحقق من أن خادم الويب يعمل، ومن صحة المنفذ في العنوان (يستخدم HTTPS عادةً المنفذ 443).</translation>
    </message>
    <message>
      <source>A firewall may block the port, or the server is down. Open the port to the internet and check the server.</source>
      <translation>ربما يحجب جدار حماية المنفذ، أو أن الخادم متوقف. افتح المنفذ على الإنترنت وتحقق من الخادم.</translation>
    </message>
    <message>
      <source>Check this computer's internet connection. If it works, the server's network is down.</source>
      <translation>تحقق من اتصال هذا الحاسوب بالإنترنت. إذا كان يعمل، فشبكة الخادم متوقفة.</translation>
    </message>
    <message>
      <source>Connected to {address} on port {port} in {duration}.</source>
      <translation>تم الاتصال بـ {address} على المنفذ {port} خلال {duration}.</translation>
    </message>
    <message>
      <source>{host} refused the connection on port {port}: no program is listening there.</source>
      <translation>رفض {host} الاتصال على المنفذ {port}: لا يوجد برنامج يستمع عليه.</translation>
    </message>
    <message>
      <source>{host} did not answer on port {port} within {limit}.</source>
      <translation>لم يُجب {host} على المنفذ {port} خلال {limit}.</translation>
    </message>
    <message>
      <source>This computer has no route to {host}.</source>
      <translation>لا يوجد لهذا الحاسوب طريق إلى {host}.</translation>
    </message>
    <message>
      <source>Could not connect to {host} on port {port} ({reason}).</source>
      <translation>تعذّر الاتصال بـ {host} على المنفذ {port} ({reason}).</translation>
    </message>
    <message>
      <source>Plain http:// on this computer (practice receiver): there is no certificate to check.</source>
      <translation>http:// عادي على هذا الحاسوب (المستقبِل التجريبي): لا توجد شهادة لفحصها.</translation>
    </message>
    <message>
      <source>Renew the certificate on your server. If the date looks wrong, check this computer's clock.</source>
      <translation>جدّد الشهادة على خادمك. إذا بدا التاريخ خاطئًا، فتحقق من ساعة هذا الحاسوب.</translation>
    </message>
    <message>
      <source>Renew the certificate soon, or check that its automatic renewal works.</source>
      <translation>جدّد الشهادة قريبًا، أو تحقق من أن تجديدها التلقائي يعمل.</translation>
    </message>
    <message>
      <source>Check this computer's date and time.</source>
      <translation>تحقق من تاريخ هذا الحاسوب ووقته.</translation>
    </message>
    <message>
      <source>Install a certificate from a public authority (free from Let's Encrypt).</source>
      <translation>ثبّت شهادة من جهة إصدار عامة (مجانية من Let's Encrypt).</translation>
    </message>
    <message>
      <source>Install the full chain on the server (with Let's Encrypt: fullchain.pem, not cert.pem).</source>
      <translation>ثبّت السلسلة الكاملة على الخادم (مع Let's Encrypt: الملف fullchain.pem وليس cert.pem).</translation>
    </message>
    <message>
      <source>Use a certificate from a public authority. If your company inspects HTTPS traffic, this computer may see the company's certificate instead: ask IT, or check from another network.</source>
      <translation>استخدم شهادة من جهة إصدار عامة. إذا كانت شركتك تفحص حركة HTTPS، فقد يرى هذا الحاسوب شهادة الشركة بدلًا منها: اسأل قسم تقنية المعلومات، أو افحص من شبكة أخرى.</translation>
    </message>
    <message>
      <source>Use the HTTPS port of your server, or turn HTTPS on for this port.</source>
      <translation>استخدم منفذ HTTPS لخادمك، أو فعّل HTTPS على هذا المنفذ.</translation>
    </message>
    <message>
      <source>Make sure the server offers TLS 1.2 or newer with a current certificate.</source>
      <translation>تأكد من أن الخادم يدعم TLS 1.2 أو أحدث مع شهادة سارية.</translation>
    </message>
    <message>
      <source>Check the server: it accepted the connection but did not set up HTTPS.</source>
      <translation>تحقق من الخادم: قبِل الاتصال لكنه لم يُنشئ اتصال HTTPS.</translation>
    </message>
    <message>
      <source>The server's certificate is self-signed: no authority vouches for it, so Wawp's servers will not trust it.</source>
      <translation>شهادة الخادم موقّعة ذاتيًا: لا تضمنها أي جهة إصدار، لذلك لن تثق بها خوادم Wawp.</translation>
    </message>
    <message>
      <source>The server sends its certificate without the intermediate certificate that links it to a trusted authority (incomplete chain).</source>
      <translation>يرسل الخادم شهادته دون الشهادة الوسيطة التي تربطها بجهة إصدار موثوقة (سلسلة غير مكتملة).</translation>
    </message>
    <message>
      <source>The server sends only its own certificate: this computer completed the chain itself, but Wawp's servers may not.</source>
      <translation>يرسل الخادم شهادته فقط: أكمل هذا الحاسوب السلسلة بنفسه، لكن خوادم Wawp قد لا تفعل ذلك.</translation>
    </message>
    <message>
      <source>The server's certificate has been revoked by its authority.</source>
      <translation>ألغت جهة الإصدار شهادة الخادم.</translation>
    </message>
    <message>
      <source>The server closed the connection while setting up HTTPS.</source>
      <translation>أغلق الخادم الاتصال أثناء إنشاء اتصال HTTPS.</translation>
    </message>
    <message numerus="yes">
      <source>Chain valid (trusted by the {source}, issued by {issuer}). Name matches {host}. Expires in %n day(s), on {date}.</source>
      <translation>
        <numerusform>السلسلة صالحة (موثوقة في {source}، والجهة المُصدِرة {issuer}). الاسم يطابق {host}. تنتهي الصلاحية بعد %n يوم، في {date}.</numerusform>
        <numerusform>السلسلة صالحة (موثوقة في {source}، والجهة المُصدِرة {issuer}). الاسم يطابق {host}. تنتهي الصلاحية بعد يوم واحد، في {date}.</numerusform>
        <numerusform>السلسلة صالحة (موثوقة في {source}، والجهة المُصدِرة {issuer}). الاسم يطابق {host}. تنتهي الصلاحية بعد يومين، في {date}.</numerusform>
        <numerusform>السلسلة صالحة (موثوقة في {source}، والجهة المُصدِرة {issuer}). الاسم يطابق {host}. تنتهي الصلاحية بعد %n أيام، في {date}.</numerusform>
        <numerusform>السلسلة صالحة (موثوقة في {source}، والجهة المُصدِرة {issuer}). الاسم يطابق {host}. تنتهي الصلاحية بعد %n يومًا، في {date}.</numerusform>
        <numerusform>السلسلة صالحة (موثوقة في {source}، والجهة المُصدِرة {issuer}). الاسم يطابق {host}. تنتهي الصلاحية بعد %n يوم، في {date}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Chain valid (trusted by the {source}). Name matches {host}. Expires in %n day(s), on {date}.</source>
      <translation>
        <numerusform>السلسلة صالحة (موثوقة في {source}). الاسم يطابق {host}. تنتهي الصلاحية بعد %n يوم، في {date}.</numerusform>
        <numerusform>السلسلة صالحة (موثوقة في {source}). الاسم يطابق {host}. تنتهي الصلاحية بعد يوم واحد، في {date}.</numerusform>
        <numerusform>السلسلة صالحة (موثوقة في {source}). الاسم يطابق {host}. تنتهي الصلاحية بعد يومين، في {date}.</numerusform>
        <numerusform>السلسلة صالحة (موثوقة في {source}). الاسم يطابق {host}. تنتهي الصلاحية بعد %n أيام، في {date}.</numerusform>
        <numerusform>السلسلة صالحة (موثوقة في {source}). الاسم يطابق {host}. تنتهي الصلاحية بعد %n يومًا، في {date}.</numerusform>
        <numerusform>السلسلة صالحة (موثوقة في {source}). الاسم يطابق {host}. تنتهي الصلاحية بعد %n يوم، في {date}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Chain valid (trusted by the {source}). Name matches {host}.</source>
      <translation>السلسلة صالحة (موثوقة في {source}). الاسم يطابق {host}.</translation>
    </message>
    <message numerus="yes">
      <source>The server's certificate expires in %n day(s), on {date}.</source>
      <translation>
        <numerusform>تنتهي صلاحية شهادة الخادم بعد %n يوم، في {date}.</numerusform>
        <numerusform>تنتهي صلاحية شهادة الخادم بعد يوم واحد، في {date}.</numerusform>
        <numerusform>تنتهي صلاحية شهادة الخادم بعد يومين، في {date}.</numerusform>
        <numerusform>تنتهي صلاحية شهادة الخادم بعد %n أيام، في {date}.</numerusform>
        <numerusform>تنتهي صلاحية شهادة الخادم بعد %n يومًا، في {date}.</numerusform>
        <numerusform>تنتهي صلاحية شهادة الخادم بعد %n يوم، في {date}.</numerusform>
      </translation>
    </message>
    <message>
      <source>The server's certificate expired on {date}.</source>
      <translation>انتهت صلاحية شهادة الخادم في {date}.</translation>
    </message>
    <message>
      <source>The server's certificate expired.</source>
      <translation>انتهت صلاحية شهادة الخادم.</translation>
    </message>
    <message>
      <source>The server's certificate is not valid before {date}.</source>
      <translation>شهادة الخادم ليست سارية قبل {date}.</translation>
    </message>
    <message>
      <source>The server's certificate is not valid yet.</source>
      <translation>شهادة الخادم ليست سارية بعد.</translation>
    </message>
    <message>
      <source>The server's certificate is for {names}, not for {host}.</source>
      <translation>شهادة الخادم صادرة لـ {names}، وليست لـ {host}.</translation>
    </message>
    <message>
      <source>The server's certificate is for another name, not for {host}.</source>
      <translation>شهادة الخادم لاسم آخر، وليست لـ {host}.</translation>
    </message>
    <message>
      <source>Use the address the certificate is for, or get a certificate that includes {host}.</source>
      <translation>استخدم العنوان الذي صدرت له الشهادة، أو احصل على شهادة تشمل {host}.</translation>
    </message>
    <message>
      <source>The server's certificate is issued by {issuer}, an authority this computer does not trust.</source>
      <translation>شهادة الخادم صادرة عن {issuer}، وهي جهة لا يثق بها هذا الحاسوب.</translation>
    </message>
    <message>
      <source>The server's certificate is issued by an authority this computer does not trust.</source>
      <translation>شهادة الخادم صادرة عن جهة لا يثق بها هذا الحاسوب.</translation>
    </message>
    <message>
      <source>The server's certificate was rejected ({reason}).</source>
      <translation>رُفضت شهادة الخادم ({reason}).</translation>
    </message>
    <message>
      <source>The server does not speak HTTPS on port {port} (perhaps plain HTTP).</source>
      <translation>لا يتعامل الخادم بـ HTTPS على المنفذ {port} (ربما HTTP عادي).</translation>
    </message>
    <message>
      <source>The secure (HTTPS) connection could not be set up ({reason}).</source>
      <translation>تعذّر إنشاء الاتصال الآمن (HTTPS) ({reason}).</translation>
    </message>
    <message>
      <source>The server did not complete the secure connection within {limit}.</source>
      <translation>لم يُكمل الخادم الاتصال الآمن خلال {limit}.</translation>
    </message>
    <message>
      <source>Marked as a test: header X-Wawp-Desktop-Test: 1 and "test": true in the body.</source>
      <translation>معلَّم كاختبار: الترويسة X-Wawp-Desktop-Test: 1 و"test": true في المحتوى.</translation>
    </message>
    <message>
      <source>Signed with your HMAC secret in two headers, as Wawp may sign: X-Wawp-Signature (HMAC-SHA256, hex, of the body) and X-Webhook-Hmac (HMAC-SHA512, hex, of the body: WAHA's scheme). The access token is never sent.</source>
      <translation>موقَّع بمفتاح HMAC السري في ترويستين، كما قد يوقّع Wawp: X-Wawp-Signature (HMAC-SHA256 بالنظام الست عشري للمحتوى) وX-Webhook-Hmac (HMAC-SHA512 بالنظام الست عشري للمحتوى: طريقة WAHA). لا يُرسَل رمز الوصول أبدًا.</translation>
    </message>
    <message>
      <source>Not signed: no HMAC secret is set. The access token is never sent.</source>
      <translation>غير موقَّع: لم يُضبط مفتاح HMAC سري. لا يُرسَل رمز الوصول أبدًا.</translation>
    </message>
    <message>
      <source>Answer at once (store the event, reply 200, then process it): slow answers make Wawp send the event again, so it arrives twice.</source>
      <translation>أجب فورًا (خزّن الحدث، وردّ بـ 200، ثم عالجه): الردود البطيئة تجعل Wawp يرسل الحدث مرة أخرى، فيصل مرتين.</translation>
    </message>
    <message>
      <source>Check the part of the address after the name (like /webhook) against your server.</source>
      <translation>قارن جزء العنوان الذي يلي الاسم (مثل /webhook) بما يتوقعه خادمك.</translation>
    </message>
    <message>
      <source>If your server checks the signature, compare its HMAC secret with the one here. If it wants a password or token, Wawp cannot send one.</source>
      <translation>إذا كان خادمك يتحقق من التوقيع، فقارن مفتاح HMAC السري لديه بالمفتاح هنا. وإذا كان يطلب كلمة مرور أو رمزًا، فلا يستطيع Wawp إرسالهما.</translation>
    </message>
    <message>
      <source>Wawp delivers events with POST: allow POST on this address.</source>
      <translation>يرسل Wawp الأحداث بطريقة POST: اسمح بـ POST على هذا العنوان.</translation>
    </message>
    <message>
      <source>If your code checks the event's content, it may refuse a test event: look at your server's log.</source>
      <translation>إذا كانت برمجيتك تتحقق من محتوى الحدث، فقد ترفض حدث الاختبار: راجع سجل خادمك.</translation>
    </message>
    <message>
      <source>Look at your server's log to see why.</source>
      <translation>راجع سجل خادمك لمعرفة السبب.</translation>
    </message>
    <message>
      <source>Check that your app is running behind the web server or proxy.</source>
      <translation>تحقق من أن تطبيقك يعمل خلف خادم الويب أو الوكيل.</translation>
    </message>
    <message>
      <source>Raise your server's request limit for webhook deliveries.</source>
      <translation>ارفع حد الطلبات في خادمك لإرسالات الويب هوك.</translation>
    </message>
    <message>
      <source>Wawp counts this as a failed delivery and sends the event again later. Make the webhook answer at once.</source>
      <translation>يعدّ Wawp هذا إرسالًا فاشلًا ويعيد إرسال الحدث لاحقًا. اجعل الويب هوك يجيب فورًا.</translation>
    </message>
    <message>
      <source>Look at your server's error log: a crash or a proxy limit often causes this.</source>
      <translation>راجع سجل أخطاء خادمك: غالبًا ما يسبب هذا توقفٌ مفاجئ أو حدٌّ في الوكيل.</translation>
    </message>
    <message>
      <source>Your server broke off the connection (reset) while answering.</source>
      <translation>قطع خادمك الاتصال فجأة (إعادة تعيين) أثناء الرد.</translation>
    </message>
    <message>
      <source>Your server closed the connection without answering.</source>
      <translation>أغلق خادمك الاتصال دون أن يرد.</translation>
    </message>
    <message>
      <source>Your server's answer is not HTTP.</source>
      <translation>رد خادمك ليس بصيغة HTTP.</translation>
    </message>
    <message>
      <source>Your server's answer has headers too large to read.</source>
      <translation>ترويسات رد خادمك أكبر من أن تُقرأ.</translation>
    </message>
    <message>
      <source>The practice receiver accepted the test event in {duration} (HTTP {status}).</source>
      <translation>قبِل المستقبِل التجريبي حدث الاختبار خلال {duration} (HTTP {status}).</translation>
    </message>
    <message>
      <source>Your server accepted the test event in {duration} (HTTP {status}).</source>
      <translation>قبِل خادمك حدث الاختبار خلال {duration} (HTTP {status}).</translation>
    </message>
    <message>
      <source>Your server accepted the test event, but only after {duration} (HTTP {status}); more than {limit} is slow.</source>
      <translation>قبِل خادمك حدث الاختبار، لكن بعد {duration} (HTTP {status})؛ وأكثر من {limit} يُعدّ بطيئًا.</translation>
    </message>
    <message>
      <source>Your server answered with a redirect (HTTP {status}) to {location}, and Wawp does not follow redirects.</source>
      <translation>ردّ خادمك بإعادة توجيه (HTTP {status}) إلى {location}، وWawp لا يتبع إعادة التوجيه.</translation>
    </message>
    <message>
      <source>Your server answered with a redirect (HTTP {status}), and Wawp does not follow redirects.</source>
      <translation>ردّ خادمك بإعادة توجيه (HTTP {status})، وWawp لا يتبع إعادة التوجيه.</translation>
    </message>
    <message>
      <source>Put the final address in the webhook URL: {location}</source>
      <translation>ضع العنوان النهائي في عنوان الويب هوك: {location}</translation>
    </message>
    <message>
      <source>Put the final address (where the redirect leads) in the webhook URL.</source>
      <translation>ضع العنوان النهائي (الذي تؤدي إليه إعادة التوجيه) في عنوان الويب هوك.</translation>
    </message>
    <message>
      <source>Your server refused the test event as a bad request (HTTP {status}).</source>
      <translation>رفض خادمك حدث الاختبار باعتباره طلبًا غير صالح (HTTP {status}).</translation>
    </message>
    <message>
      <source>Your server rejected the request (HTTP {status}).</source>
      <translation>رفض خادمك الطلب (HTTP {status}).</translation>
    </message>
    <message>
      <source>Your server does not know this address (HTTP {status}): the path is wrong.</source>
      <translation>لا يعرف خادمك هذا العنوان (HTTP {status}): المسار خاطئ.</translation>
    </message>
    <message>
      <source>Your server does not accept POST at this address (HTTP {status}).</source>
      <translation>لا يقبل خادمك طريقة POST على هذا العنوان (HTTP {status}).</translation>
    </message>
    <message>
      <source>Your server is limiting requests (HTTP {status}).</source>
      <translation>خادمك يحدّ من عدد الطلبات (HTTP {status}).</translation>
    </message>
    <message>
      <source>Your server refused the test event (HTTP {status} {reason}).</source>
      <translation>رفض خادمك حدث الاختبار (HTTP {status} {reason}).</translation>
    </message>
    <message>
      <source>Your server refused the test event (HTTP {status}).</source>
      <translation>رفض خادمك حدث الاختبار (HTTP {status}).</translation>
    </message>
    <message>
      <source>The web server or proxy in front of your app could not reach it (HTTP {status}).</source>
      <translation>تعذّر على خادم الويب أو الوكيل الذي أمام تطبيقك الوصول إليه (HTTP {status}).</translation>
    </message>
    <message>
      <source>Your server failed while handling the test event (HTTP {status}).</source>
      <translation>فشل خادمك أثناء معالجة حدث الاختبار (HTTP {status}).</translation>
    </message>
    <message>
      <source>Your server gave an unexpected answer (HTTP {status}).</source>
      <translation>أعطى خادمك ردًا غير متوقع (HTTP {status}).</translation>
    </message>
    <message>
      <source>Your server did not answer within {limit}.</source>
      <translation>لم يُجب خادمك خلال {limit}.</translation>
    </message>
    <message>
      <source>Your server started answering (HTTP {status}) but did not finish within {limit}.</source>
      <translation>بدأ خادمك الرد (HTTP {status}) لكنه لم ينتهِ خلال {limit}.</translation>
    </message>
    <message>
      <source>Sending the test event failed ({reason}).</source>
      <translation>فشل إرسال حدث الاختبار ({reason}).</translation>
    </message>
    <message>
      <source>(empty answer)</source>
      <translation>(رد فارغ)</translation>
    </message>
    <message>
      <source>Not run: an earlier step failed.</source>
      <translation>لم تُنفَّذ: فشلت خطوة سابقة.</translation>
    </message>
    <message numerus="yes">
      <source>(%n byte(s) that are not text)</source>
      <translation>
        <numerusform>(%n بايت ليست نصًا)</numerusform>
        <numerusform>(بايت واحد ليس نصًا)</numerusform>
        <numerusform>(بايتان ليسا نصًا)</numerusform>
        <numerusform>(%n بايتات ليست نصًا)</numerusform>
        <numerusform>(%n بايتًا ليست نصًا)</numerusform>
        <numerusform>(%n بايت ليست نصًا)</numerusform>
      </translation>
    </message>
    <message>
      <source>Your server stopped in the middle of its answer.</source>
      <translation>توقف خادمك في منتصف رده.</translation>
    </message>
    <message>
      <source>What to do:</source>
      <translation>ما العمل:</translation>
    </message>
    <message>
      <source>Sample request headers:</source>
      <translation>ترويسات طلب الاختبار:</translation>
    </message>
    <message>
      <source>Answer: HTTP {status} {reason}</source>
      <translation>الرد: HTTP {status} {reason}</translation>
    </message>
    <message>
      <source>Answer: HTTP {status}</source>
      <translation>الرد: HTTP {status}</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>DNS</source>
      <translation>DNS</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>الاتصال</translation>
    </message>
    <message>
      <source>TLS</source>
      <translation>TLS</translation>
    </message>
    <message>
      <source>Sample event</source>
      <translation>حدث الاختبار</translation>
    </message>
  </context>
  <context>
    <name>UrlCheckPanel</name>
    <message>
      <source>Check URL</source>
      <translation>افحص العنوان</translation>
    </message>
    <message>
      <source>Cancel check</source>
      <translation>ألغِ الفحص</translation>
    </message>
    <message>
      <source>Use practice receiver</source>
      <translation>استخدم المستقبِل التجريبي</translation>
    </message>
    <message>
      <source>Checks from this computer that the address is public, reachable and secure, and sends a test event to it. Nothing is saved.</source>
      <translation>يتحقق من هذا الحاسوب من أن العنوان عام ويمكن الوصول إليه وآمن، ويرسل إليه حدث اختبار. لا يُحفظ شيء.</translation>
    </message>
    <message>
      <source>Stops the running check at once; nothing was saved.</source>
      <translation>يوقف الفحص الجاري فورًا؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
      <source>Put the address of the practice receiver on this computer in the URL field.</source>
      <translation>يضع عنوان المستقبِل التجريبي على هذا الحاسوب في حقل العنوان.</translation>
    </message>
    <message>
      <source>Checking the address…</source>
      <translation>جارٍ فحص العنوان…</translation>
    </message>
    <message>
      <source>Check cancelled.</source>
      <translation>أُلغي الفحص.</translation>
    </message>
    <message>
      <source>The check could not start. Try again.</source>
      <translation>تعذّر بدء الفحص. حاول مرة أخرى.</translation>
    </message>
    <message>
      <source>The check stopped because of an unexpected problem. Try again.</source>
      <translation>توقف الفحص بسبب مشكلة غير متوقعة. حاول مرة أخرى.</translation>
    </message>
    <message>
      <source>What the practice receiver got (newest first):</source>
      <translation>ما استقبله المستقبِل التجريبي (الأحدث أولًا):</translation>
    </message>
    <message>
      <source>The verdict of the latest URL check</source>
      <translation>نتيجة آخر فحص للعنوان</translation>
    </message>
    <message>
      <source>Steps of the URL check</source>
      <translation>خطوات فحص العنوان</translation>
    </message>
    <message>
      <source>Each step of the check (address, DNS, connection, HTTPS, test event) with what it found, the test request's headers and the server's answer.</source>
      <translation>كل خطوة من خطوات الفحص (العنوان، DNS، الاتصال، HTTPS، حدث الاختبار) مع ما وجدته، وترويسات طلب الاختبار، ورد الخادم.</translation>
    </message>
    <message>
      <source>Events the practice receiver got</source>
      <translation>الأحداث التي استقبلها المستقبِل التجريبي</translation>
    </message>
    <message>
      <source>The newest events first, each with its headers, whether its signature matches your HMAC secret, and its body.</source>
      <translation>الأحداث الأحدث أولًا، ولكل منها ترويساته، وهل يطابق توقيعه مفتاح HMAC السري، ومحتواه.</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>Enter the instance ID from your Wawp dashboard (12 letters and digits).</source>
      <translation>أدخل معرّف المثيل من لوحة تحكم Wawp (12 حرفًا ورقمًا).</translation>
    </message>
    <message>
      <source>Remove the spaces around the instance ID.</source>
      <translation>احذف المسافات قبل معرّف المثيل وبعده.</translation>
    </message>
    <message>
      <source>Needs exactly 12 letters and digits (this has {count}).</source>
      <translation>يجب أن يتكون من 12 حرفًا ورقمًا بالضبط (هذا يتكون من {count}).</translation>
    </message>
    <message>
      <source>Use only the letters A–Z and the digits 0–9.</source>
      <translation>استخدم الأحرف اللاتينية A–Z والأرقام 0–9 فقط.</translation>
    </message>
    <message>
      <source>Enter the access token of this instance.</source>
      <translation>أدخل رمز الوصول الخاص بهذا المثيل.</translation>
    </message>
    <message>
      <source>Remove the spaces around the token.</source>
      <translation>احذف المسافات قبل الرمز وبعده.</translation>
    </message>
    <message>
      <source>The token has spaces or invisible characters: paste it again.</source>
      <translation>يحتوي الرمز على مسافات أو أحرف غير مرئية: الصقه مرة أخرى.</translation>
    </message>
    <message>
      <source>The token contains “{character}”: paste it again from the Wawp dashboard.</source>
      <translation>يحتوي الرمز على «{character}»: الصقه مرة أخرى من لوحة تحكم Wawp.</translation>
    </message>
    <message>
      <source>The token is longer than {limit} characters: check what you pasted.</source>
      <translation>الرمز أطول من الحد المسموح به ({limit} حرفًا): تحقّق مما لصقته.</translation>
    </message>
    <message>
      <source>Enter the address of your server that should receive the events (https://…).</source>
      <translation>أدخل عنوان خادمك الذي سيستقبل الأحداث (https://…).</translation>
    </message>
    <message>
      <source>The URL has spaces around it; remove them.</source>
      <translation>توجد مسافات قبل عنوان URL أو بعده؛ احذفها.</translation>
    </message>
    <message>
      <source>The URL contains spaces or invisible characters.</source>
      <translation>يحتوي عنوان URL على مسافات أو أحرف غير مرئية.</translation>
    </message>
    <message>
      <source>The URL is longer than {limit} characters.</source>
      <translation>عنوان URL أطول من الحد المسموح به ({limit} حرفًا).</translation>
    </message>
    <message>
      <source>The URL is not valid: check the host name and port.</source>
      <translation>عنوان URL غير صالح: تحقّق من اسم الخادم والمنفذ.</translation>
    </message>
    <message>
      <source>The URL must start with https://</source>
      <translation>يجب أن يبدأ عنوان URL بـ https://</translation>
    </message>
    <message>
      <source>Wawp only delivers to secure addresses: use https:// instead of http://.</source>
      <translation>لا يرسل Wawp إلا إلى العناوين الآمنة: استخدم https:// بدلًا من http://.</translation>
    </message>
    <message>
      <source>The URL must start with https://, not {scheme}.</source>
      <translation>يجب أن يبدأ عنوان URL بـ https:// وليس بـ {scheme}.</translation>
    </message>
    <message>
      <source>Do not put a user name or password in the URL; use the HMAC secret instead.</source>
      <translation>لا تضع اسم مستخدم أو كلمة مرور في عنوان URL؛ استخدم سر HMAC بدلًا من ذلك.</translation>
    </message>
    <message>
      <source>The URL has no host name (for example https://example.com/webhook).</source>
      <translation>لا يحتوي عنوان URL على اسم خادم (مثل https://example.com/webhook).</translation>
    </message>
    <message>
      <source>“{host}” is not a valid host name.</source>
      <translation>«{host}» ليس اسم خادم صالحًا.</translation>
    </message>
    <message>
      <source>The URL's port must be between 1 and 65535.</source>
      <translation>يجب أن يكون منفذ عنوان URL بين 1 و65535.</translation>
    </message>
    <message>
      <source>Choose at least one event to receive.</source>
      <translation>اختر حدثًا واحدًا على الأقل لاستقباله.</translation>
    </message>
    <message>
      <source>Unknown event: {events}.</source>
      <translation>حدث غير معروف: {events}.</translation>
    </message>
    <message>
      <source>An event is listed twice.</source>
      <translation>أحد الأحداث مذكور مرتين.</translation>
    </message>
    <message>
      <source>The {what} must be a whole number.</source>
      <translation>يجب أن تكون قيمة «{what}» عددًا صحيحًا.</translation>
    </message>
    <message>
      <source>The {what} must be between {low} and {high}.</source>
      <translation>يجب أن تكون قيمة «{what}» بين {low} و{high}.</translation>
    </message>
    <message>
      <source>The name contains invisible control characters.</source>
      <translation>يحتوي الاسم على أحرف تحكم غير مرئية.</translation>
    </message>
    <message>
      <source>The name is {length} characters long; keep it to {limit} or fewer.</source>
      <translation>طول الاسم {length} حرفًا؛ اجعله {limit} حرفًا أو أقل.</translation>
    </message>
    <message>
      <source>The HMAC secret has spaces around it; remove them.</source>
      <translation>توجد مسافات قبل سر HMAC أو بعده؛ احذفها.</translation>
    </message>
    <message>
      <source>The HMAC secret contains invisible characters.</source>
      <translation>يحتوي سر HMAC على أحرف غير مرئية.</translation>
    </message>
    <message>
      <source>The HMAC secret is longer than {limit} characters.</source>
      <translation>سر HMAC أطول من الحد المسموح به ({limit} حرفًا).</translation>
    </message>
    <message>
      <source>A secret of {length} characters is easy to guess; use at least {minimum} (press Generate).</source>
      <translation>من السهل تخمين سر طوله {length} حرفًا؛ استخدم {minimum} حرفًا على الأقل (اضغط «إنشاء»).</translation>
    </message>
    <message>
      <source>Not text.</source>
      <translation>ليست نصًا.</translation>
    </message>
    <message>
      <source>“{what}” must be on or off.</source>
      <translation>يجب أن يكون «{what}» مفعّلًا أو معطّلًا.</translation>
    </message>
    <message>
      <source>The {what} must be text.</source>
      <translation>يجب أن تكون قيمة «{what}» نصًا.</translation>
    </message>
    <message>
      <source>The {what} contains invisible control characters.</source>
      <translation>يحتوي «{what}» على أحرف تحكم غير مرئية.</translation>
    </message>
    <message>
      <source>The {what} is longer than {limit} characters.</source>
      <translation>«{what}» أطول من الحد المسموح به ({limit} حرفًا).</translation>
    </message>
  </context>
  <context>
    <name>VerifyDialog</name>
    <message>
      <source>Verify a delivery</source>
      <translation>التحقق من تسليم</translation>
    </message>
    <message>
      <source>Paste the body of a request your server received and the value of its signature header ({header} or {other}). The HMAC secret of the form is used.</source>
      <translation>الصق محتوى طلب استلمه خادمك وقيمة ترويسة توقيعه ({header} أو {other}). يُستخدم سرّ HMAC الموجود في النموذج.</translation>
    </message>
    <message>
      <source>Received body</source>
      <translation>المحتوى المستلَم</translation>
    </message>
    <message>
      <source>The body of the request exactly as your server received it</source>
      <translation>محتوى الطلب تمامًا كما استلمه خادمك</translation>
    </message>
    <message>
      <source>Signature header value</source>
      <translation>قيمة ترويسة التوقيع</translation>
    </message>
    <message>
      <source>&amp;Check</source>
      <translation>&amp;تحقّق</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>تحقّق</translation>
    </message>
    <message>
      <source>Check the signature with the HMAC secret of the form</source>
      <translation>تحقّق من التوقيع بسرّ HMAC الموجود في النموذج</translation>
    </message>
    <message>
      <source>Received &amp;body</source>
      <translation>ال&amp;محتوى المستلَم</translation>
    </message>
    <message>
      <source>Signature &amp;header value</source>
      <translation>&amp;قيمة ترويسة التوقيع</translation>
    </message>
  </context>
  <context>
    <name>WebhookFields</name>
    <message>
      <source>instance ID</source>
      <translation>معرّف المثيل</translation>
    </message>
    <message>
      <source>access token</source>
      <translation>رمز الوصول</translation>
    </message>
    <message>
      <source>URL</source>
      <translation>عنوان URL</translation>
    </message>
    <message>
      <source>name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>events</source>
      <translation>الأحداث</translation>
    </message>
    <message>
      <source>active</source>
      <translation>مفعّل</translation>
    </message>
    <message>
      <source>retry delay</source>
      <translation>الفاصل بين المحاولات</translation>
    </message>
    <message>
      <source>number of attempts</source>
      <translation>عدد المحاولات</translation>
    </message>
    <message>
      <source>HMAC secret</source>
      <translation>سر HMAC</translation>
    </message>
  </context>
  <context>
    <name>WebhookForm</name>
    <message>
      <source>This is the instance's system webhook: the events you choose here also become the event filter of your Wawp dashboard.</source>
      <translation>هذا هو الويب هوك الخاص بنظام المثيل: الأحداث التي تختارها هنا تصبح أيضًا مرشّح الأحداث في لوحة تحكم Wawp.</translation>
    </message>
    <message>
      <source>Webhook</source>
      <translation>الويب هوك</translation>
    </message>
    <message>
      <source>Webhook URL</source>
      <translation>عنوان الويب هوك</translation>
    </message>
    <message>
      <source>The address of your server where Wawp delivers the events</source>
      <translation>عنوان خادمك الذي يسلّم Wawp الأحداث إليه</translation>
    </message>
    <message>
      <source>Optional, e.g. CRM production</source>
      <translation>اختياري، مثل: نظام العملاء الرئيسي</translation>
    </message>
    <message>
      <source>Webhook name</source>
      <translation>اسم الويب هوك</translation>
    </message>
    <message>
      <source>&amp;Active: deliver events to this URL</source>
      <translation>&amp;نشط: سلّم الأحداث إلى هذا العنوان</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>نشط</translation>
    </message>
    <message>
      <source>When checked, Wawp delivers events to this URL</source>
      <translation>عند تحديده، يسلّم Wawp الأحداث إلى هذا العنوان</translation>
    </message>
    <message>
      <source>Imp&amp;ort…</source>
      <translation>استيرا&amp;د…</translation>
    </message>
    <message>
      <source>Read a webhook configuration file into the form (Ctrl+O)</source>
      <translation>اقرأ ملف إعدادات ويب هوك إلى النموذج (Ctrl+O)</translation>
    </message>
    <message>
      <source>Import configuration</source>
      <translation>استيراد الإعدادات</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>&amp;تصدير…</translation>
    </message>
    <message>
      <source>Save this configuration as a JSON file (no secrets)</source>
      <translation>احفظ هذه الإعدادات في ملف JSON (من دون الأسرار)</translation>
    </message>
    <message>
      <source>Export configuration</source>
      <translation>تصدير الإعدادات</translation>
    </message>
    <message>
      <source>&amp;URL</source>
      <translation>ال&amp;عنوان</translation>
    </message>
    <message>
      <source>Na&amp;me</source>
      <translation>&amp;الاسم</translation>
    </message>
  </context>
</TS>