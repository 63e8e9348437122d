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
</TS>