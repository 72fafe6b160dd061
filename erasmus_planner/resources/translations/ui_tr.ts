<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AffiliatesPrompt</name>
    <message>
        <source>Affiliated entities</source>
        <translation>Bağlı kuruluşlar</translation>
    </message>
    <message>
        <source>&amp;Link them to:</source>
        <translation>Şuna &amp;bağla:</translation>
    </message>
    <message>
        <source>Full partner to link them to</source>
        <translation>Bağlanacakları tam ortak</translation>
    </message>
    <message>
        <source>&amp;Make them full partners</source>
        <translation>&amp;Tam ortak yap</translation>
    </message>
    <message>
        <source>&amp;Remove them from the plan</source>
        <translation>Plandan &amp;çıkar</translation>
    </message>
</context>
<context>
    <name>AgencyCard</name>
    <message>
        <source>Submitting agency</source>
        <translation>Başvurunun yapılacağı ajans</translation>
    </message>
    <message>
        <source>SUBMIT TO</source>
        <translation>BAŞVURU YERİ</translation>
    </message>
    <message>
        <source>Agency details and website</source>
        <translation>Ajans bilgileri ve web sitesi</translation>
    </message>
    <message>
        <source>Deadline, how to submit and the grant</source>
        <translation>Son başvuru tarihi, başvuru yolu ve hibe</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Henüz belli değil</translation>
    </message>
    <message>
        <source>Also possible: {names}</source>
        <translation>Şunlar da olabilir: {names}</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
</context>
<context>
    <name>CallCalendarDialog</name>
    <message>
        <source>Call calendar</source>
        <translation>Çağrı takvimi</translation>
    </message>
    <message>
        <source>Every deadline of the call year, in Brussels time with the offset of that day, and how the application is submitted. Dates marked ⚠ could not be confirmed: check them with your National Agency or the executive agency.</source>
        <translation>Çağrı yılının tüm son başvuru tarihleri, o günün saat farkıyla Brüksel saatine göre, ve başvurunun nasıl yapılacağı. ⚠ işaretli tarihler doğrulanamadı: Ulusal Ajansınıza ya da yürütme ajansına danışın.</translation>
    </message>
    <message>
        <source>Call year</source>
        <translation>Çağrı yılı</translation>
    </message>
    <message>
        <source>Call &amp;year</source>
        <translation>Çağrı &amp;yılı</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Son başvuru tarihleri</translation>
    </message>
    <message>
        <source>Action and round</source>
        <translation>Eylem ve tur</translation>
    </message>
    <message>
        <source>Deadline (Brussels time)</source>
        <translation>Son başvuru (Brüksel saati)</translation>
    </message>
    <message>
        <source>From today</source>
        <translation>Bugünden itibaren</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Güvenilirlik</translation>
    </message>
    <message>
        <source>No action is open in this call year.</source>
        <translation>Bu çağrı yılında açık eylem yok.</translation>
    </message>
    <message>
        <source>applications by European NGOs</source>
        <translation>Avrupa STK&apos;larının başvuruları</translation>
    </message>
    <message>
        <source>No deadline of this call is recorded yet</source>
        <translation>Bu çağrının son başvuru tarihi henüz kayıtlı değil</translation>
    </message>
    <message>
        <source>Round {round}</source>
        <translation>{round}. tur</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Son başvuru</translation>
    </message>
    <message>
        <source>(extended from {date})</source>
        <translation>({date} tarihinden uzatıldı)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>kapandı</translation>
    </message>
    <message>
        <source>How to submit</source>
        <translation>Başvuru yolu</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Kaynak: {source}</translation>
    </message>
</context>
<context>
    <name>CandidatesDialog</name>
    <message>
        <source>Find in Directory</source>
        <translation>Rehberde bul</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>This rule is met now.</source>
        <translation>Bu kural artık karşılanıyor.</translation>
    </message>
    <message>
        <source>Looking in the partner directory…</source>
        <translation>Ortak rehberinde aranıyor…</translation>
    </message>
    <message>
        <source>Team workspace: {problem}</source>
        <translation>Ekip çalışma alanı: {problem}</translation>
    </message>
    <message>
        <source>Add to Plan</source>
        <translation>Plana ekle</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) would help; the first would make this rule pass</source>
        <translation>
            <numerusform>%n kuruluş yardımcı olur; ilki bu kuralı karşılatır</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) would help; the rule needs more than one</source>
        <translation>
            <numerusform>%n kuruluş yardımcı olur; kural birden fazlasını gerektiriyor</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisation in the partner directory would fix this by being added.</source>
        <translation>Ortak rehberindeki hiçbir kuruluş eklenerek bunu düzeltmez.</translation>
    </message>
    <message>
        <source>(still looking in the team workspace…)</source>
        <translation>(ekip çalışma alanında aranmaya devam ediliyor…)</translation>
    </message>
    <message>
        <source>Added {name} to the plan</source>
        <translation>{name} plana eklendi</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a name or code: pol, EL, UK…</source>
        <translation>Ad veya kod yazın: pol, EL, UK…</translation>
    </message>
    <message>
        <source>choose the country</source>
        <translation>ülkeyi seçin</translation>
    </message>
    <message>
        <source>no country matches “{text}”</source>
        <translation>“{text}” ile eşleşen ülke yok</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>this installation keeps no recovery files</source>
        <translation>bu kurulum kurtarma dosyası tutmuyor</translation>
    </message>
    <message>
        <source>The planner closed unexpectedly last time; the details are in {log}.</source>
        <translation>Planlayıcı geçen sefer beklenmedik biçimde kapandı; ayrıntılar {log} dosyasında.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Bir şeyler ters gitti</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>&amp;Ayrıntıları göster</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Ayrıntıları &amp;kopyala</translation>
    </message>
    <message>
        <source>Open Log &amp;Folder</source>
        <translation>Günlük k&amp;lasörünü aç</translation>
    </message>
    <message>
        <source>&amp;Quit Planner</source>
        <translation>Planlayıcıdan ç&amp;ık</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>Çalışmaya &amp;devam et</translation>
    </message>
    <message>
        <source>The planner ran into a problem it did not expect.</source>
        <translation>Planlayıcı beklenmedik bir sorunla karşılaştı.</translation>
    </message>
    <message>
        <source>the planner offers them at its next start</source>
        <translation>planlayıcı bir sonraki açılışta bunları önerir</translation>
    </message>
    <message>
        <source>the planner offers them when you next open this plan</source>
        <translation>planlayıcı bu planı bir sonraki açışınızda bunları önerir</translation>
    </message>
    <message>
        <source>Your work is safe: your unsaved changes are in the recovery file, and {where}.</source>
        <translation>Çalışmanız güvende: kaydedilmemiş değişiklikleriniz kurtarma dosyasında ve {where}.</translation>
    </message>
    <message>
        <source>Your work is safe: the plan has no unsaved changes.</source>
        <translation>Çalışmanız güvende: planda kaydedilmemiş değişiklik yok.</translation>
    </message>
    <message>
        <source>No plan was open, so no work was lost.</source>
        <translation>Açık bir plan yoktu, dolayısıyla hiçbir çalışma kaybolmadı.</translation>
    </message>
    <message>
        <source>Your unsaved changes could not be put in the recovery file ({why}). Save the plan now with File ▸ Save As before you go on.</source>
        <translation>Kaydedilmemiş değişiklikleriniz kurtarma dosyasına yazılamadı ({why}). Devam etmeden önce planı şimdi Dosya ▸ Farklı Kaydet ile kaydedin.</translation>
    </message>
    <message>
        <source>You can keep working. If the window behaves oddly, save your plan and restart the planner.</source>
        <translation>Çalışmaya devam edebilirsiniz. Pencere tuhaf davranırsa planınızı kaydedip planlayıcıyı yeniden başlatın.</translation>
    </message>
    <message>
        <source>The details are in {log}. Please attach that file when you report the problem.</source>
        <translation>Ayrıntılar {log} dosyasında. Sorunu bildirirken lütfen bu dosyayı ekleyin.</translation>
    </message>
    <message>
        <source>The details could not be written to a log file: copy them to report the problem.</source>
        <translation>Ayrıntılar bir günlük dosyasına yazılamadı: sorunu bildirmek için onları kopyalayın.</translation>
    </message>
    <message>
        <source>Hide &amp;Details</source>
        <translation>&amp;Ayrıntıları gizle</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopyalandı</translation>
    </message>
    <message>
        <source>Something went wrong ({count} times)</source>
        <translation>Bir şeyler ters gitti ({count} kez)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
</context>
<context>
    <name>DirectoryEntryDialog</name>
    <message>
        <source>Edit directory entry — {name}</source>
        <translation>Rehber kaydını düzenle — {name}</translation>
    </message>
    <message>
        <source>Add to the partner directory</source>
        <translation>Ortak rehberine ekle</translation>
    </message>
</context>
<context>
    <name>DirectoryFilters</name>
    <message>
        <source>All countries</source>
        <translation>Tüm ülkeler</translation>
    </message>
    <message>
        <source>any field</source>
        <translation>her alan</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Ara:</translation>
    </message>
    <message>
        <source>&amp;Took part in:</source>
        <translation>&amp;Katıldığı:</translation>
    </message>
    <message>
        <source>si&amp;nce:</source>
        <translation>şu &amp;yıldan beri:</translation>
    </message>
    <message>
        <source>Name, town, OID or PIC (accents do not matter)</source>
        <translation>Ad, şehir, OID veya PIC (aksanlar önemli değil)</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Rehberde ara</translation>
    </message>
    <message>
        <source>any year</source>
        <translation>her yıl</translation>
    </message>
    <message>
        <source>Funded projects from this call year on</source>
        <translation>Bu çağrı yılından itibaren desteklenen projeler</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <source>any funded project, or none</source>
        <translation>herhangi bir desteklenen proje veya hiçbiri</translation>
    </message>
    <message>
        <source>any funded project</source>
        <translation>herhangi bir desteklenen proje</translation>
    </message>
    <message>
        <source>Experience: the action of a funded project</source>
        <translation>Deneyim: desteklenen bir projenin eylemi</translation>
    </message>
    <message>
        <source>in any role</source>
        <translation>her rolde</translation>
    </message>
    <message>
        <source>as coordinator</source>
        <translation>koordinatör olarak</translation>
    </message>
    <message>
        <source>as partner</source>
        <translation>ortak olarak</translation>
    </message>
</context>
<context>
    <name>DirectoryOfferBar</name>
    <message>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ülke</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tür</translation>
    </message>
    <message>
        <source>OID</source>
        <translation>OID</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>ECHE</source>
        <translation>ECHE</translation>
    </message>
    <message>
        <source>city</source>
        <translation>şehir</translation>
    </message>
    <message>
        <source>language community</source>
        <translation>dil topluluğu</translation>
    </message>
    <message>
        <source>founding date</source>
        <translation>kuruluş tarihi</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>iletişim bilgisi</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notlar</translation>
    </message>
    <message>
        <source>other data</source>
        <translation>diğer bilgiler</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Ortak dizini</translation>
    </message>
    <message>
        <source>&amp;Update Directory Entry</source>
        <translation>Dizin kaydını gü&amp;ncelle</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Şimdi değil</translation>
    </message>
    <message>
        <source>“{name}” is in your partner directory with another {details}. Update the directory entry too?</source>
        <translation>“{name}” ortak dizininizde farklı bilgilerle ({details}) kayıtlı. Dizin kaydı da güncellensin mi?</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Partner directory</source>
        <translation>Ortak rehberi</translation>
    </message>
    <message>
        <source>Partner directory file</source>
        <translation>Ortak rehberi dosyası</translation>
    </message>
    <message>
        <source>Not part of this build</source>
        <translation>Bu sürümde yok</translation>
    </message>
    <message>
        <source>Empty: the usual place, {path}</source>
        <translation>Boş: olağan konum, {path}</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <source>Choose the partner directory file</source>
        <translation>Ortak rehberi dosyasını seç</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>D&amp;osya:</translation>
    </message>
    <message>
        <source>Names typed in the partner dialog are completed from this file. Leave it empty for the usual place.</source>
        <translation>Ortak penceresine yazılan adlar bu dosyadan tamamlanır. Olağan konum için boş bırakın.</translation>
    </message>
    <message>
        <source>Partner directories (*.sqlite3);;All files (*)</source>
        <translation>Ortak rehberleri (*.sqlite3);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>The folder of the partner directory does not exist: {folder}</source>
        <translation>Ortak rehberinin klasörü yok: {folder}</translation>
    </message>
</context>
<context>
    <name>DirectorySource</name>
    <message>
        <source>Di&amp;rectory:</source>
        <translation>&amp;Rehber:</translation>
    </message>
    <message>
        <source>My directory</source>
        <translation>Kendi rehberim</translation>
    </message>
    <message>
        <source>Team workspace</source>
        <translation>Ekip çalışma alanı</translation>
    </message>
    <message>
        <source>Team workspace ({where})</source>
        <translation>Ekip çalışma alanı ({where})</translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message>
        <source>Add “{name}” to the directory</source>
        <translation>“{name}” kuruluşunu rehbere ekle</translation>
    </message>
    <message>
        <source>Edit “{name}” in the directory</source>
        <translation>Rehberde “{name}” kaydını düzenle</translation>
    </message>
    <message>
        <source>Delete “{name}” from the directory</source>
        <translation>“{name}” kaydını rehberden sil</translation>
    </message>
    <message>
        <source>Delete {count} entries from the directory</source>
        <translation>Rehberden {count} kaydı sil</translation>
    </message>
    <message>
        <source>Merge “{other}” into “{keep}”</source>
        <translation>“{other}” kaydını “{keep}” ile birleştir</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}: {error}). The directory was not changed.</source>
        <translation>Beklenmeyen hata ({kind}: {error}). Rehber değiştirilmedi.</translation>
    </message>
    <message>
        <source>Cannot import {name}</source>
        <translation>{name} içe aktarılamıyor</translation>
    </message>
    <message>
        <source>Importing {name} into the partner directory…</source>
        <translation>{name} ortak rehberine aktarılıyor…</translation>
    </message>
    <message>
        <source>Import cancelled; the directory is as it was</source>
        <translation>İçe aktarma iptal edildi; rehber olduğu gibi</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from {name}; %n row(s) need fixing:</source>
        <translation>
            <numerusform>{name} dosyasından hiçbir şey aktarılmadı; %n satırın düzeltilmesi gerekiyor:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of {name}</source>
        <translation>{name} içe aktarımı</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}</source>
        <translation>{name} dosyasından hiçbir şey aktarılmadı</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n funded project(s) from {name}</source>
        <translation>
            <numerusform>{name} dosyasından %n desteklenen proje aktarıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n yeni kuruluş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n organisation(s) from {name}</source>
        <translation>
            <numerusform>{name} dosyasından %n kuruluş aktarıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) skipped</source>
        <translation>
            <numerusform>%n hatalı satır atlandı</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the directory</source>
        <translation>Rehber dışa aktarılamıyor</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n organisation(s) to {path}</source>
        <translation>
            <numerusform>%n kuruluş {path} dosyasına aktarıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>Matching projects</source>
        <translation>Eşleşen projeler</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Desteklenen projeler</translation>
    </message>
    <message>
        <source>{matching} of its {total} funded projects match the filter</source>
        <translation>{total} desteklenen projesinden {matching} tanesi filtreye uyuyor</translation>
    </message>
    <message>
        <source>Other: {label}</source>
        <translation>Diğer: {label}</translation>
    </message>
    <message>
        <source>Likely the same: the same name, with different websites</source>
        <translation>Muhtemelen aynı: aynı ad, farklı web siteleri</translation>
    </message>
    <message>
        <source>Likely the same: the same website, under different names</source>
        <translation>Muhtemelen aynı: farklı adlar altında aynı web sitesi</translation>
    </message>
    <message>
        <source>Likely the same: the same words in another order</source>
        <translation>Muhtemelen aynı: aynı sözcükler başka bir sırada</translation>
    </message>
    <message>
        <source>Likely the same: one name holds every word of the other</source>
        <translation>Muhtemelen aynı: bir ad diğerinin her sözcüğünü içeriyor</translation>
    </message>
    <message>
        <source>Likely the same: nearly the same name</source>
        <translation>Muhtemelen aynı: neredeyse aynı ad</translation>
    </message>
    <message>
        <source>Partner Directory</source>
        <translation>Ortak Rehberi</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ekle…</translation>
    </message>
    <message>
        <source>Add an organisation to the directory</source>
        <translation>Rehbere bir kuruluş ekle</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <source>Edit the selected organisation</source>
        <translation>Seçili kuruluşu düzenle</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>Delete the selected organisations (Undo brings them back)</source>
        <translation>Seçili kuruluşları sil (Geri Al onları geri getirir)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Birleştir</translation>
    </message>
    <message>
        <source>Merge the two selected entries into one, with their funded projects</source>
        <translation>Seçili iki kaydı desteklenen projeleriyle birlikte tek kayıtta birleştir</translation>
    </message>
    <message>
        <source>Likely D&amp;uplicates</source>
        <translation>Olası &amp;tekrarlar</translation>
    </message>
    <message>
        <source>List pairs of entries that may be one organisation written two ways</source>
        <translation>İki farklı biçimde yazılmış tek bir kuruluş olabilecek kayıt çiftlerini listele</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;İçe aktar…</translation>
    </message>
    <message>
        <source>Add a partner list or a list of funded Erasmus+ projects (CSV or XLSX)</source>
        <translation>Bir ortak listesi ya da desteklenen Erasmus+ projeleri listesi ekle (CSV veya XLSX)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Dı&amp;şa aktar…</translation>
    </message>
    <message>
        <source>Write every organisation to a CSV or XLSX file</source>
        <translation>Tüm kuruluşları bir CSV veya XLSX dosyasına yaz</translation>
    </message>
    <message>
        <source>Add to &amp;Plan</source>
        <translation>&amp;Plana ekle</translation>
    </message>
    <message>
        <source>Add the selected organisations to the open plan</source>
        <translation>Seçili kuruluşları açık plana ekle</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Yinele</translation>
    </message>
    <message>
        <source>Team workspace: not answering (no answer within {seconds} s). Search again once it answers, or choose My directory above.</source>
        <translation>Ekip çalışma alanı: yanıt vermiyor ({seconds} sn içinde yanıt gelmedi). Yanıt verdiğinde yeniden arayın ya da yukarıdan “Kendi rehberim” seçeneğini seçin.</translation>
    </message>
    <message numerus="yes">
        <source>%n likely pair(s), one after the other: select the two entries of a pair and Merge (Undo takes it back)</source>
        <translation>
            <numerusform>%n olası çift, art arda: bir çiftin iki kaydını seçip Birleştir&apos;e basın (Geri Al geri alır)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) shown</source>
        <translation>
            <numerusform>%n kuruluş gösteriliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {shown} shown: narrow the search to see the others</source>
        <translation>İlk {shown} kayıt gösteriliyor: diğerlerini görmek için aramayı daraltın</translation>
    </message>
    <message numerus="yes">
        <source>{shown} · the directory holds %n organisation(s)</source>
        <translation>
            <numerusform>{shown} · rehberde %n kuruluş var</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funded project(s)</source>
        <translation>
            <numerusform>%n desteklenen proje</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory was not changed</source>
        <translation>Rehber değiştirilmedi</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entr(y/ies); Undo (Ctrl+Z) brings them back</source>
        <translation>
            <numerusform>%n kayıt silindi; Geri Al (Ctrl+Z) geri getirir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n organisation(s) to the plan; Edit ▸ Undo in the plan&apos;s window takes them out</source>
        <translation>
            <numerusform>Plana %n kuruluş eklendi; plan penceresinde Düzen ▸ Geri Al onları çıkarır</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner directory is empty. Fill it with Import… (a partner list, or a list of funded Erasmus+ projects from the Erasmus+ Project Results platform, CSV or XLSX) or Add…; or, on the command line, erasmus-planner directory import FILE.</source>
        <translation>Ortak rehberi boş. İçe aktar… (bir ortak listesi ya da Erasmus+ Project Results platformundan desteklenen Erasmus+ projeleri listesi, CSV veya XLSX) veya Ekle… ile doldurun; ya da komut satırında erasmus-planner directory import DOSYA.</translation>
    </message>
    <message>
        <source>Type in the list of funded projects: {label}</source>
        <translation>Desteklenen projeler listesindeki tür: {label}</translation>
    </message>
    <message>
        <source>No funded project in the directory.</source>
        <translation>Rehberde desteklenen proje yok.</translation>
    </message>
    <message numerus="yes">
        <source>Funded projects: %n</source>
        <translation>
            <numerusform>Desteklenen projeler: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>koordinatör</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>ortak</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ve %n tane daha</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <source>◐ From a National Agency summary</source>
        <translation>◐ Bir Ulusal Ajans özetinden</translation>
    </message>
    <message>
        <source>⚠ Source unconfirmed</source>
        <translation>⚠ Kaynak doğrulanmadı</translation>
    </message>
    <message>
        <source>Find in &amp;Directory…</source>
        <translation>&amp;Rehberde bul…</translation>
    </message>
    <message>
        <source>Organisations of the partner directory that would make the selected failing rule pass</source>
        <translation>Seçili karşılanmayan kuralı karşılatacak ortak rehberi kuruluşları</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Kontrol listesi</translation>
    </message>
    <message>
        <source>What else fits?</source>
        <translation>Başka neye uyuyor?</translation>
    </message>
    <message>
        <source>{year} call</source>
        <translation>{year} çağrısı</translation>
    </message>
    <message>
        <source>Add partners to start</source>
        <translation>Başlamak için ortak ekleyin</translation>
    </message>
    <message>
        <source>Add the applicant first; the checklist says what this action needs</source>
        <translation>Önce başvuru sahibini ekleyin; kontrol listesi bu eylemin neye ihtiyaç duyduğunu söyler</translation>
    </message>
    <message>
        <source>Choose a lot</source>
        <translation>Bir lot seçin</translation>
    </message>
    <message>
        <source>The checks depend on the lot: choose it above</source>
        <translation>Denetimler lota bağlıdır: yukarıdan seçin</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Karşılandı</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Karşılanmadı</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Kaynak: {source}</translation>
    </message>
    <message>
        <source>Double-click a row, or select it and press Enter or Switch, to switch the plan to that action (Ctrl+Z switches back)</source>
        <translation>Planı o eyleme geçirmek için bir satıra çift tıklayın ya da satırı seçip Enter&apos;a veya Geç düğmesine basın (Ctrl+Z geri alır)</translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation>&amp;Geç</translation>
    </message>
    <message>
        <source>Switch the plan to the selected action</source>
        <translation>Planı seçili eyleme geçir</translation>
    </message>
    <message>
        <source>No other action is open in the {year} call for this field.</source>
        <translation>{year} çağrısında bu alan için açık başka faaliyet yok.</translation>
    </message>
    <message>
        <source>Eligible with these partners</source>
        <translation>Bu ortaklarla uygun</translation>
    </message>
    <message>
        <source> (and {n} more)</source>
        <translation> (ve {n} tane daha)</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>PDF briefing</source>
        <translation>PDF özeti</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Kâğıt boyutu</translation>
    </message>
    <message>
        <source>As usual where I am (A4, or Letter in the Americas)</source>
        <translation>Bulunduğum yerdeki gibi (A4; Amerika&apos;da Letter)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>ABD Letter</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Kâğıt boyutu:</translation>
    </message>
</context>
<context>
    <name>ExportedBar</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>Open the briefing in the PDF viewer</source>
        <translation>Brifingi PDF görüntüleyicide aç</translation>
    </message>
    <message>
        <source>Show in Fol&amp;der</source>
        <translation>Klasö&amp;rde göster</translation>
    </message>
    <message>
        <source>Open the folder the briefing was written to</source>
        <translation>Brifingin yazıldığı klasörü aç</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Briefing written: {name}</source>
        <translation>Brifing yazıldı: {name}</translation>
    </message>
</context>
<context>
    <name>FundedProjectDialog</name>
    <message>
        <source>New from Funded Project</source>
        <translation>Desteklenen projeden yeni</translation>
    </message>
    <message>
        <source>Project identifier, words of its title, or an organisation&apos;s name</source>
        <translation>Proje tanımlayıcısı, başlığından sözcükler ya da bir kuruluşun adı</translation>
    </message>
    <message>
        <source>&amp;Find a funded project:</source>
        <translation>Desteklenen bir proje &amp;bul:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proje</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinatör</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Ortaklar</translation>
    </message>
    <message>
        <source>&amp;Create Plan</source>
        <translation>Plan &amp;oluştur</translation>
    </message>
    <message>
        <source>Team workspace: {problem}</source>
        <translation>Ekip çalışma alanı: {problem}</translation>
    </message>
    <message>
        <source>Find a funded project</source>
        <translation>Desteklenen bir proje bul</translation>
    </message>
    <message>
        <source>No funded project matches; the directory holds those of the lists imported into it (View ▸ Partner Directory ▸ Import…)</source>
        <translation>Eşleşen desteklenen proje yok; rehber, içine aktarılan listelerdeki projeleri içerir (Görünüm ▸ Ortak Rehberi ▸ İçe aktar…)</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) listed, newest first</source>
        <translation>
            <numerusform>%n proje listelendi, en yenisi önce</numerusform>
        </translation>
    </message>
    <message>
        <source>(still looking in the team workspace…)</source>
        <translation>(ekip çalışma alanında aranmaya devam ediliyor…)</translation>
    </message>
    <message>
        <source>Cannot make a plan from {identifier}</source>
        <translation>{identifier} projesinden plan yapılamıyor</translation>
    </message>
</context>
<context>
    <name>LanguageAndLookPage</name>
    <message>
        <source>Language and look</source>
        <translation>Dil ve görünüm</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Sistemdeki gibi ({language})</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>As the system (light or dark)</source>
        <translation>Sistemdeki gibi (açık veya koyu)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Yüksek karşıtlık</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Changes the window at once; the findings and the PDF briefing follow it.</source>
        <translation>Pencere hemen değişir; bulgular ve PDF özeti de bu dili kullanır.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Spreadsheet import is not part of this build yet.</source>
        <translation>Tablodan içe aktarma bu sürümde henüz yok.</translation>
    </message>
    <message>
        <source>The PDF briefing is not part of this build yet.</source>
        <translation>PDF özeti bu sürümde henüz yok.</translation>
    </message>
    <message>
        <source>The partner dialog is not part of this build yet.</source>
        <translation>Ortak penceresi bu sürümde henüz yok.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Yeni</translation>
    </message>
    <message>
        <source>Start an empty plan</source>
        <translation>Boş bir plan başlat</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>Bir plan dosyası aç</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Planı kaydet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Farklı kaydet…</translation>
    </message>
    <message>
        <source>Save the plan under another name</source>
        <translation>Planı başka bir adla kaydet</translation>
    </message>
    <message>
        <source>Open from &amp;Workspace…</source>
        <translation>&amp;Çalışma alanından aç…</translation>
    </message>
    <message>
        <source>Open a team plan of the team workspace</source>
        <translation>Ekip çalışma alanındaki bir ekip planını aç</translation>
    </message>
    <message>
        <source>Save to Wor&amp;kspace…</source>
        <translation>Ça&amp;lışma alanına kaydet…</translation>
    </message>
    <message>
        <source>Store the plan as a team plan in the team workspace</source>
        <translation>Planı ekip çalışma alanında bir ekip planı olarak sakla</translation>
    </message>
    <message>
        <source>Team &amp;Board</source>
        <translation>Ekip pa&amp;nosu</translation>
    </message>
    <message>
        <source>Every team plan with its verdict, agency and next deadline, live</source>
        <translation>Her ekip planı; sonucu, ajansı ve bir sonraki son tarihiyle, canlı</translation>
    </message>
    <message>
        <source>&amp;Import Partners…</source>
        <translation>Ortakları &amp;içe aktar…</translation>
    </message>
    <message>
        <source>Add partners from a CSV or XLSX spreadsheet</source>
        <translation>CSV veya XLSX tablosundan ortak ekle</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF olarak &amp;dışa aktar…</translation>
    </message>
    <message>
        <source>Write a printable briefing of the plan</source>
        <translation>Planın yazdırılabilir bir özetini oluştur</translation>
    </message>
    <message>
        <source>&amp;Close Plan</source>
        <translation>Planı ka&amp;pat</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çıkı&amp;ş</translation>
    </message>
    <message>
        <source>&amp;Add Partner…</source>
        <translation>Ortak &amp;ekle…</translation>
    </message>
    <message>
        <source>Add an organisation to the consortium</source>
        <translation>Konsorsiyuma bir kuruluş ekle</translation>
    </message>
    <message>
        <source>&amp;Edit Partner…</source>
        <translation>Ortağı &amp;düzenle…</translation>
    </message>
    <message>
        <source>Edit the selected organisation</source>
        <translation>Seçili kuruluşu düzenle</translation>
    </message>
    <message>
        <source>Remove the selected organisations</source>
        <translation>Seçili kuruluşları kaldır</translation>
    </message>
    <message>
        <source>Re&amp;move Partner</source>
        <translation>Ortağı &amp;kaldır</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Bul</translation>
    </message>
    <message>
        <source>Filter the partner list</source>
        <translation>Ortak listesini süz</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tercihler…</translation>
    </message>
    <message>
        <source>Language, theme, presentation scale, paper size</source>
        <translation>Dil, tema, sunum boyutu, kâğıt boyutu</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Yakınlaştır</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uzaklaştır</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Gerçek boyut</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Sunum modu</translation>
    </message>
    <message>
        <source>Large text and high contrast for a projector (Esc leaves)</source>
        <translation>Projektör için büyük yazı ve yüksek karşıtlık (Esc ile çıkılır)</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Sunum modundan çık</translation>
    </message>
    <message>
        <source>&amp;Eligibility Panel</source>
        <translation>Uygunluk &amp;paneli</translation>
    </message>
    <message>
        <source>&amp;What Else Fits?</source>
        <translation>&amp;Başka neye uyuyor?</translation>
    </message>
    <message>
        <source>Show or hide the other actions these partners would fit</source>
        <translation>Bu ortakların uyacağı diğer faaliyetleri göster veya gizle</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Araç çubuğu</translation>
    </message>
    <message>
        <source>&amp;Rules and Their Sources</source>
        <translation>&amp;Kurallar ve kaynakları</translation>
    </message>
    <message>
        <source>&amp;Call Calendar</source>
        <translation>Çağrı &amp;Takvimi</translation>
    </message>
    <message>
        <source>Every deadline of the plan&apos;s call year and how to submit</source>
        <translation>Planın çağrı yılındaki tüm son başvuru tarihleri ve başvuru yolu</translation>
    </message>
    <message>
        <source>Partner &amp;Directory</source>
        <translation>Ortak &amp;Rehberi</translation>
    </message>
    <message>
        <source>Organisations kept across plans, with their funded projects</source>
        <translation>Planlar arasında saklanan kuruluşlar ve desteklenen projeleri</translation>
    </message>
    <message>
        <source>New from &amp;Funded Project…</source>
        <translation>Desteklenen pro&amp;jeden yeni…</translation>
    </message>
    <message>
        <source>Start a plan from a funded consortium of the partner directory</source>
        <translation>Ortak rehberindeki desteklenen bir konsorsiyumdan plan başlat</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Hakkında</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son açılanlar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ya&amp;rdım</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Ana araç çubuğu</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Kayıt durumu</translation>
    </message>
    <message>
        <source>Read-only copy: File ▸ Save As makes one you can edit</source>
        <translation>Salt okunur kopya: Dosya ▸ Farklı Kaydet düzenlenebilir bir kopya oluşturur</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Geri al: {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Yinele: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (salt okunur)</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Adsız plan</translation>
    </message>
    <message>
        <source>Autosaved at {time}</source>
        <translation>{time} itibarıyla otomatik kaydedildi</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Henüz kaydedilmedi</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Tüm değişiklikler kaydedildi</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Plan açılamıyor</translation>
    </message>
    <message>
        <source>Opened {name}, written by an older planner: saving upgrades it and keeps the old file as {backup}</source>
        <translation>{name} açıldı; planlayıcının eski bir sürümüyle yazılmış: kaydetmek dosyayı günceller ve eskisini {backup} olarak saklar</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} açıldı</translation>
    </message>
    <message>
        <source>The sample plan, as a new plan: save it under a name of your own</source>
        <translation>Örnek plan, yeni bir plan olarak: kendi adınızla kaydedin</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened for editing: {why}.</source>
        <translation>“{name}” düzenleme için açılamıyor: {why}.</translation>
    </message>
    <message>
        <source>process {pid} on {host}</source>
        <translation>{host} üzerinde {pid} numaralı işlem</translation>
    </message>
    <message>
        <source>“{name}” is open in another window or on another computer ({holder}).</source>
        <translation>“{name}” başka bir pencerede veya başka bir bilgisayarda açık ({holder}).</translation>
    </message>
    <message>
        <source>“{name}” is open in another window or on another computer.</source>
        <translation>“{name}” başka bir pencerede veya başka bir bilgisayarda açık.</translation>
    </message>
    <message>
        <source>an unsaved plan ({title})</source>
        <translation>kaydedilmemiş bir plan ({title})</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>adsız</translation>
    </message>
    <message>
        <source>Unsaved work recovered: save it to keep it</source>
        <translation>Kaydedilmemiş çalışma kurtarıldı: saklamak için kaydedin</translation>
    </message>
    <message>
        <source>“{name}” cannot be saved there: {why}.</source>
        <translation>“{name}” oraya kaydedilemiyor: {why}.</translation>
    </message>
    <message>
        <source>Save the plan under another name.</source>
        <translation>Planı başka bir adla kaydedin.</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>Plan kaydedilemiyor</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} kaydedildi</translation>
    </message>
    <message>
        <source>“{name}” is being edited by {user} since {time}.</source>
        <translation>“{name}” {time} saatinden beri {user} tarafından düzenleniyor.</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Listeyi temizle</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Son açılan plan yok</translation>
    </message>
    <message>
        <source>Autosave failed: {why}</source>
        <translation>Otomatik kayıt başarısız: {why}</translation>
    </message>
    <message>
        <source>Cannot update the partner directory</source>
        <translation>Ortak dizini güncellenemiyor</translation>
    </message>
    <message>
        <source>“{name}” updated in the partner directory</source>
        <translation>“{name}” ortak dizininde güncellendi</translation>
    </message>
    <message>
        <source>Importing partners from {name}…</source>
        <translation>Ortaklar {name} dosyasından içe aktarılıyor…</translation>
    </message>
    <message>
        <source>Cannot import partners</source>
        <translation>Ortaklar içe aktarılamıyor</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}: the plan it was meant for was closed</source>
        <translation>{name} dosyasından hiçbir şey içe aktarılmadı: aktarılacağı plan kapatıldı</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from {name}; %n row(s) need fixing:</source>
        <translation>
            <numerusform>{name} dosyasından hiçbir şey içe aktarılmadı; düzeltilmesi gereken %n satır var:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from {name}</source>
        <translation>{name} dosyasından hiçbir şey içe aktarılmadı</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n partner(s) from {name}</source>
        <translation>
            <numerusform>{name} dosyasından %n ortak içe aktarıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>No partners were found in {name}.</source>
        <translation>{name} içinde ortak bulunamadı.</translation>
    </message>
    <message>
        <source>Import of {name}</source>
        <translation>{name} içe aktarımı</translation>
    </message>
    <message>
        <source>Writing the PDF briefing…</source>
        <translation>PDF özeti yazılıyor…</translation>
    </message>
    <message>
        <source>Cannot export the briefing</source>
        <translation>Özet dışa aktarılamıyor</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Dışa aktarma iptal edildi; hiçbir şey yazılmadı</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}: {error}). Nothing was changed.</source>
        <translation>Beklenmeyen hata ({kind}: {error}). Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Zoom {percent} %</source>
        <translation>Yakınlaştırma %{percent}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} hakkında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Plan Erasmus+ Key Action 2 consortia offline: check a consortium against its action&apos;s rules for the call year, and see which agency the application goes to.&lt;/p&gt;&lt;p&gt;Rules come from the Programme Guides 2014–2027 and National Agency summaries; Help ▸ Rules and Their Sources lists each one with its source. Always confirm with your National Agency before submitting.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Erasmus+ Ana Eylem 2 konsorsiyumlarını çevrimdışı planlayın: bir konsorsiyumu faaliyetinin çağrı yılı kurallarına göre denetleyin ve başvurunun hangi ajansa yapılacağını görün.&lt;/p&gt;&lt;p&gt;Kurallar 2014–2027 Program Rehberlerinden ve Ulusal Ajans özetlerinden alınmıştır; Yardım ▸ Kurallar ve kaynakları her kuralı kaynağıyla birlikte listeler. Başvurmadan önce mutlaka Ulusal Ajansınıza danışın.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Team Board</source>
        <translation>Ekip panosu</translation>
    </message>
    <message>
        <source>Team plan</source>
        <translation>Ekip planı</translation>
    </message>
    <message>
        <source>Action, year</source>
        <translation>Eylem, yıl</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ajans</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Son başvuru</translation>
    </message>
    <message>
        <source>Whether the plan meets the action&apos;s rules today (the rules not met in the tooltip)</source>
        <translation>Planın bugün eylemin kurallarını karşılayıp karşılamadığı (karşılanmayan kurallar ipucunda)</translation>
    </message>
    <message>
        <source>The National Agency or EACEA the application goes to</source>
        <translation>Başvurunun gideceği Ulusal Ajans veya EACEA</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Sonraki son tarih</translation>
    </message>
    <message>
        <source>Last saved, or who is editing the plan now</source>
        <translation>Son kayıt ya da planı şu anda kimin düzenlediği</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Okunamıyor</translation>
    </message>
    <message>
        <source>The stored plan cannot be read: {why}</source>
        <translation>Kayıtlı plan okunamıyor: {why}</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Uygun</translation>
    </message>
    <message>
        <source>Every rule of the action is met.</source>
        <translation>Eylemin tüm kuralları karşılanıyor.</translation>
    </message>
    <message numerus="yes">
        <source>Not eligible: %n rule(s) not met</source>
        <translation>
            <numerusform>Uygun değil: %n kural karşılanmıyor</numerusform>
        </translation>
    </message>
    <message>
        <source>Not eligible ({count})</source>
        <translation>Uygun değil ({count})</translation>
    </message>
    <message>
        <source>No deadline ahead for this call year</source>
        <translation>Bu çağrı yılı için ileride son tarih yok</translation>
    </message>
    <message>
        <source>today</source>
        <translation>bugün</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n gün kaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>since {when}</source>
        <translation>{when} itibarıyla</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>bugün {time}</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Son kayıt</translation>
    </message>
    <message>
        <source>Offline: showing the board as last read; retrying…</source>
        <translation>Çevrimdışı: pano en son okunduğu haliyle gösteriliyor; yeniden deneniyor…</translation>
    </message>
    <message>
        <source>The board cannot be read: {why}</source>
        <translation>Pano okunamıyor: {why}</translation>
    </message>
    <message>
        <source>{count} team plans, {eligible} eligible — updated {time}</source>
        <translation>{count} ekip planı, {eligible} uygun — güncellendi {time}</translation>
    </message>
    <message>
        <source>{date} ({days} days)</source>
        <translation>{date} ({days} gün)</translation>
    </message>
    <message>
        <source>{who} since {when}</source>
        <translation>{who}, {when} saatinden beri</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when}, {who}</translation>
    </message>
    <message>
        <source>No team workspace</source>
        <translation>Ekip çalışma alanı yok</translation>
    </message>
    <message>
        <source>Set the team workspace&apos;s address in Preferences ▸ Workspace first.</source>
        <translation>Önce ekip çalışma alanının adresini Tercihler ▸ Çalışma alanı bölümünde girin.</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Bağlanılamıyor</translation>
    </message>
    <message>
        <source>Connecting to the team workspace…</source>
        <translation>Ekip çalışma alanına bağlanılıyor…</translation>
    </message>
    <message>
        <source>Team workspace: connecting…</source>
        <translation>Ekip çalışma alanı: bağlanılıyor…</translation>
    </message>
    <message>
        <source>Team workspace offline: retrying…</source>
        <translation>Ekip çalışma alanı çevrimdışı: yeniden deneniyor…</translation>
    </message>
    <message>
        <source>Cannot connect to the team workspace</source>
        <translation>Ekip çalışma alanına bağlanılamıyor</translation>
    </message>
    <message>
        <source>Team workspace: not connected</source>
        <translation>Ekip çalışma alanı: bağlı değil</translation>
    </message>
    <message>
        <source>Reading the team plans…</source>
        <translation>Ekip planları okunuyor…</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>kopya</translation>
    </message>
    <message>
        <source>Reloaded {name} as saved by your colleague</source>
        <translation>{name}, iş arkadaşınızın kaydettiği haliyle yeniden yüklendi</translation>
    </message>
    <message>
        <source>Team workspace offline: your changes are kept on this computer and saved when it is back</source>
        <translation>Ekip çalışma alanı çevrimdışı: değişiklikleriniz bu bilgisayarda tutuluyor ve alan geri gelince kaydedilecek</translation>
    </message>
    <message>
        <source>The team workspace is not answering: names are completed from your own directory until it answers again</source>
        <translation>Ekip çalışma alanı yanıt vermiyor: yeniden yanıt verene kadar adlar kendi dizininizden tamamlanıyor</translation>
    </message>
    <message>
        <source>Team workspace: not answering</source>
        <translation>Ekip çalışma alanı: yanıt vermiyor</translation>
    </message>
    <message>
        <source>Team workspace: offline</source>
        <translation>Ekip çalışma alanı: çevrimdışı</translation>
    </message>
    <message>
        <source>The team workspace is not answering at the moment. Your work is kept on this computer; the planner keeps trying in the background — try again when the status bar says it is back.</source>
        <translation>Ekip çalışma alanı şu anda yanıt vermiyor. Çalışmanız bu bilgisayarda saklanıyor; planlayıcı arka planda denemeye devam ediyor — durum çubuğu geri geldiğini söylediğinde yeniden deneyin.</translation>
    </message>
    <message>
        <source>Team workspace back: your changes are saved</source>
        <translation>Ekip çalışma alanı geri geldi: değişiklikleriniz kaydedildi</translation>
    </message>
    <message>
        <source>Team workspace: {where}</source>
        <translation>Ekip çalışma alanı: {where}</translation>
    </message>
    <message>
        <source>Team workspace</source>
        <translation>Ekip çalışma alanı</translation>
    </message>
    <message>
        <source>New plan from the funded project {identifier}: not saved yet</source>
        <translation>Desteklenen {identifier} projesinden yeni plan: henüz kaydedilmedi</translation>
    </message>
    <message>
        <source>New plan from {identifier}</source>
        <translation>{identifier} projesinden yeni plan</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>{country} is a Programme Country in {year}</source>
        <translation>{country}, {year} yılında bir Program Ülkesi</translation>
    </message>
    <message>
        <source>{country} is a Partner Country in {year}</source>
        <translation>{country}, {year} yılında bir Ortak Ülke</translation>
    </message>
    <message>
        <source>{country} is an EU Member State</source>
        <translation>{country} bir AB Üye Devleti</translation>
    </message>
    <message>
        <source>{country} is an associated country</source>
        <translation>{country} programla ilişkili bir ülke</translation>
    </message>
    <message>
        <source>{country} is not associated</source>
        <translation>{country} programla ilişkili değil</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ülke</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tür</translation>
    </message>
    <message>
        <source>{value} is not a calendar date</source>
        <translation>{value} geçerli bir tarih değil</translation>
    </message>
    <message>
        <source>write the year (2008) or the full date (2008-09-01)</source>
        <translation>yılı (2008) veya tam tarihi (2008-09-01) yazın</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} ve {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Edit partner — {name}</source>
        <translation>Ortağı düzenle — {name}</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Ortak ekle</translation>
    </message>
    <message>
        <source>Legal name; type a few letters to pick from the partner directory</source>
        <translation>Resmî ad; ortak rehberinden seçmek için birkaç harf yazın</translation>
    </message>
    <message>
        <source>Legal name (the partner directory is empty: nothing to pick from yet)</source>
        <translation>Resmî ad (ortak rehberi boş: henüz seçilecek bir şey yok)</translation>
    </message>
    <message>
        <source>The partner directory is empty. Fill it from View ▸ Partner Directory: Import… a partner list or a list of funded Erasmus+ projects (the Project Results export), or Add… organisations one by one.</source>
        <translation>Ortak rehberi boş. Görünüm ▸ Ortak Rehberi&apos;nden doldurun: bir ortak listesini ya da desteklenen Erasmus+ projeleri listesini (Project Results dışa aktarımı) İçe aktar… ya da kuruluşları tek tek Ekle…</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Kuruluşun adı</translation>
    </message>
    <message>
        <source>Legal name of the organisation</source>
        <translation>Kuruluşun resmî adı</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Kuruluş türü</translation>
    </message>
    <message>
        <source>Role in the consortium</source>
        <translation>Konsorsiyumdaki rolü</translation>
    </message>
    <message>
        <source>Full partner it is affiliated to</source>
        <translation>Bağlı olduğu tam ortak</translation>
    </message>
    <message>
        <source>Holds an ECHE</source>
        <translation>ECHE&apos;ye sahip</translation>
    </message>
    <message>
        <source>Erasmus Charter for Higher Education</source>
        <translation>Erasmus Yükseköğretim Beyannamesi</translation>
    </message>
    <message>
        <source>Language community</source>
        <translation>Dil topluluğu</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Belirtilmedi</translation>
    </message>
    <message>
        <source>Decides the National Agency when this partner is the applicant.</source>
        <translation>Bu ortak başvuru sahibi olduğunda Ulusal Ajansı belirler.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Kuruluş tarihi</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>İrtibat kişisi</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>İrtibat e-postası</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Değişiklikleri kaydet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Ü&amp;lke:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>A&amp;ffiliated to:</source>
        <translation>&amp;Bağlı olduğu:</translation>
    </message>
    <message>
        <source>O&amp;ID:</source>
        <translation>O&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;PIC:</source>
        <translation>&amp;PIC:</translation>
    </message>
    <message>
        <source>&amp;ECHE:</source>
        <translation>&amp;ECHE:</translation>
    </message>
    <message>
        <source>Language co&amp;mmunity:</source>
        <translation>&amp;Dil topluluğu:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>Şe&amp;hir:</translation>
    </message>
    <message>
        <source>Esta&amp;blished:</source>
        <translation>&amp;Kuruluş tarihi:</translation>
    </message>
    <message>
        <source>Cont&amp;act person:</source>
        <translation>İrtibat ki&amp;şisi:</translation>
    </message>
    <message>
        <source>E-mai&amp;l:</source>
        <translation>E-po&amp;sta:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <source>{action}, {year} call</source>
        <translation>{action}, {year} çağrısı</translation>
    </message>
    <message>
        <source>{year} call</source>
        <translation>{year} çağrısı</translation>
    </message>
    <message>
        <source>Country statuses and requirements below are those of this call year.</source>
        <translation>Aşağıdaki ülke statüleri ve koşullar bu çağrı yılına aittir.</translation>
    </message>
    <message>
        <source>the {what} is still needed</source>
        <translation>{what} hâlâ gerekli</translation>
    </message>
    <message>
        <source>established: {problem}</source>
        <translation>kuruluş tarihi: {problem}</translation>
    </message>
    <message>
        <source>an affiliated entity belongs to a full partner: add the applicant or a full partner first</source>
        <translation>bağlı kuruluş bir tam ortağa aittir: önce başvuru sahibini ya da bir tam ortağı ekleyin</translation>
    </message>
    <message>
        <source>{name} is already the applicant, and a plan has exactly one: make that one a full partner afterwards, or choose another role here.</source>
        <translation>{name} zaten başvuru sahibi ve bir planda tam olarak bir başvuru sahibi olur: onu sonra tam ortak yapın ya da burada başka bir rol seçin.</translation>
    </message>
    <message>
        <source>Affiliated entities exist from the {first} call; in the {year} call the checklist will not accept one.</source>
        <translation>Bağlı kuruluşlar {first} çağrısından itibaren vardır; {year} çağrısında kontrol listesi kabul etmez.</translation>
    </message>
    <message numerus="yes">
        <source>%n affiliated entities are linked to this organisation; in this role it can have none: on OK you choose what becomes of them.</source>
        <translation>
            <numerusform>Bu kuruluşa %n bağlı kuruluş bağlı; bu rolde hiç olamaz: Tamam&apos;a bastıktan sonra onlara ne olacağını seçersiniz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listed under this partner; counts toward no minimum.</source>
        <translation>Bu ortağın altında listelenir; hiçbir asgari sayıya dahil edilmez.</translation>
    </message>
    <message>
        <source>No applicant or full partner in the plan yet.</source>
        <translation>Planda henüz başvuru sahibi ya da tam ortak yok.</translation>
    </message>
    <message>
        <source>year or full date of legal establishment</source>
        <translation>yasal kuruluşun yılı veya tam tarihi</translation>
    </message>
    <message>
        <source>Still needed: {fields}.</source>
        <translation>Hâlâ gerekli: {fields}.</translation>
    </message>
    <message>
        <source>{problems}.</source>
        <translation>{problems}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The {identifier} looks malformed; you can still save, and the check will flag it.</source>
        <translation>{identifier} hatalı görünüyor; yine de kaydedebilirsiniz, denetim bunu belirtecek.</translation>
    </message>
    <message>
        <source>The {identifiers} look malformed; you can still save, and the check will flag them.</source>
        <translation>{identifiers} hatalı görünüyor; yine de kaydedebilirsiniz, denetim bunları belirtecek.</translation>
    </message>
    <message>
        <source>well formed</source>
        <translation>doğru biçimde</translation>
    </message>
    <message>
        <source>E and 8 digits</source>
        <translation>E ve 8 rakam</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 rakam</translation>
    </message>
    <message>
        <source>{shape}; {action} applications use it</source>
        <translation>{shape}; {action} başvuruları bunu kullanır</translation>
    </message>
    <message>
        <source>optional, {shape}</source>
        <translation>isteğe bağlı, {shape}</translation>
    </message>
    <message>
        <source>Required for higher education institutions in {countries}.</source>
        <translation>{countries} içindeki yükseköğretim kurumları için gerekli.</translation>
    </message>
    <message>
        <source>Required: {where}.</source>
        <translation>Gerekli: {where}.</translation>
    </message>
    <message>
        <source>Not needed: {where}.</source>
        <translation>Gerekli değil: {where}.</translation>
    </message>
    <message numerus="yes">
        <source>%n funded project(s)</source>
        <translation>
            <numerusform>%n desteklenen proje</numerusform>
        </translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>koordinatör</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>ortak</translation>
    </message>
    <message>
        <source>newest {year} {code}, {role}</source>
        <translation>en yenisi {year} {code}, {role}</translation>
    </message>
    <message>
        <source>team workspace</source>
        <translation>ekip çalışma alanı</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>OID / PIC</source>
        <translation>OID / PIC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>no {identifier} yet</source>
        <translation>henüz {identifier} yok</translation>
    </message>
    <message>
        <source>Affiliated entity of {partner}</source>
        <translation>{partner} bağlı kuruluşu</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <source>Filter partners</source>
        <translation>Ortakları süz</translation>
    </message>
    <message>
        <source>Filter by name, country, type, OID or PIC</source>
        <translation>Ada, ülkeye, türe, OID veya PIC&apos;e göre süz</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Ortaklar</translation>
    </message>
    <message>
        <source>OID missing (+1)</source>
        <translation>OID eksik (+1)</translation>
    </message>
    <message>
        <source>OID missing</source>
        <translation>OID eksik</translation>
    </message>
    <message>
        <source>No partners yet. Add the applicant first, then the partners.</source>
        <translation>Henüz ortak yok. Önce başvuru sahibini, sonra ortakları ekleyin.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n kuruluş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n organisation(s) match the filter</source>
        <translation>
            <numerusform>%n kuruluştan {shown} tanesi süzgece uyuyor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanArea</name>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>O&amp;rtaklar</translation>
    </message>
    <message>
        <source>The plan and its partners</source>
        <translation>Plan ve ortakları</translation>
    </message>
    <message>
        <source>Verdi&amp;ct: {word}</source>
        <translation>&amp;Sonuç: {word}</translation>
    </message>
    <message>
        <source>The verdict, the agency, the checklist and what else fits</source>
        <translation>Sonuç, ajans, kontrol listesi ve başka neyin uyduğu</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <source>Plan title</source>
        <translation>Plan başlığı</translation>
    </message>
    <message>
        <source>Title of the project, e.g. Green skills for rural schools</source>
        <translation>Projenin başlığı, ör. Kırsal okullar için yeşil beceriler</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Başlık</translation>
    </message>
    <message>
        <source>Call year</source>
        <translation>Çağrı yılı</translation>
    </message>
    <message>
        <source>Call &amp;year</source>
        <translation>Çağrı &amp;yılı</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Faaliyet</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>F&amp;ield</source>
        <translation>A&amp;lan</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation>L&amp;ot</translation>
    </message>
    <message>
        <source>Project type</source>
        <translation>Proje türü</translation>
    </message>
    <message>
        <source>&amp;Project type</source>
        <translation>&amp;Proje türü</translation>
    </message>
    <message>
        <source>Duration in months</source>
        <translation>Ay cinsinden süre</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>S&amp;üre</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Belirtilmedi</translation>
    </message>
    <message>
        <source> months</source>
        <translation> ay</translation>
    </message>
    <message>
        <source>How long the project runs; the checklist compares it with what the action allows.</source>
        <translation>Projenin ne kadar süreceği; kontrol listesi bunu eylemin izin verdiği süreyle karşılaştırır.</translation>
    </message>
    <message>
        <source>Actions of the {p} programme</source>
        <translation>{p} programının faaliyetleri</translation>
    </message>
    <message>
        <source>(calls {years})</source>
        <translation>({years} çağrıları)</translation>
    </message>
    <message>
        <source>No fields in this action</source>
        <translation>Bu faaliyette alan yok</translation>
    </message>
    <message>
        <source>Choose a field…</source>
        <translation>Bir alan seçin…</translation>
    </message>
    <message>
        <source>Choose a lot…</source>
        <translation>Bir lot seçin…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
</context>
<context>
    <name>PresentationPage</name>
    <message>
        <source>Presentation mode</source>
        <translation>Sunum modu</translation>
    </message>
    <message>
        <source>Text size in presentation mode</source>
        <translation>Sunum modunda yazı boyutu</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>&amp;Yazı boyutu:</translation>
    </message>
    <message>
        <source>View ▸ Presentation Mode (F5) shows the plan full screen, this much larger and in high contrast; Esc leaves it.</source>
        <translation>Görünüm ▸ Sunum modu (F5) planı tam ekranda, bu oranda büyük ve yüksek karşıtlıkla gösterir; Esc ile çıkılır.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Plans (*.epplan *.json);;Plan documents (*.epplan);;Plan files (*.json)</source>
        <translation>Planlar (*.epplan *.json);;Plan belgeleri (*.epplan);;Plan dosyaları (*.json)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Tablolar (*.csv *.xlsx);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Kapatmadan önce “{name}” üzerindeki değişiklikler kaydedilsin mi?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Kaydetmezseniz değişiklikleriniz kaybolur.</translation>
    </message>
    <message>
        <source>Plan changed elsewhere</source>
        <translation>Plan başka yerde değiştirildi</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program or on another computer since you opened it.</source>
        <translation>“{name}”, siz açtıktan sonra başka bir program tarafından veya başka bir bilgisayarda değiştirildi.</translation>
    </message>
    <message>
        <source>Replace those changes with yours, or save yours under another name?</source>
        <translation>O değişikliklerin yerine sizinkiler mi yazılsın, yoksa sizinkiler başka bir adla mı kaydedilsin?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>Ü&amp;zerine yaz</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Farklı kaydet…</translation>
    </message>
    <message numerus="yes">
        <source>“{partner}” has %n affiliated entities. Remove them too, link them to another full partner, or keep them as full partners?</source>
        <translation>
            <numerusform>“{partner}” kuruluşunun %n bağlı kuruluşu var. Onlar da çıkarılsın mı, başka bir tam ortağa mı bağlansın, yoksa tam ortak olarak mı kalsın?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{partner}” becomes: {role}. In that role it can have no affiliated entities, and %n are linked to it. Link them to another full partner, make them full partners, or remove them?</source>
        <translation>
            <numerusform>“{partner}” artık: {role}. Bu rolde bağlı kuruluşu olamaz ve ona %n bağlı kuruluş bağlı. Başka bir tam ortağa mı bağlansın, tam ortak mı yapılsın, yoksa çıkarılsın mı?</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Kaydedilmemiş çalışma kurtarılsın mı?</translation>
    </message>
    <message>
        <source>The planner did not close properly last time. Unsaved work was kept:

{what}

Restore it?</source>
        <translation>Planlayıcı geçen sefer düzgün kapanmadı. Kaydedilmemiş çalışma saklandı:

{what}

Geri yüklensin mi?</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation>Plan kullanımda</translation>
    </message>
    <message>
        <source>Open a read-only copy?</source>
        <translation>Salt okunur bir kopya açılsın mı?</translation>
    </message>
    <message>
        <source>Not a plan</source>
        <translation>Plan değil</translation>
    </message>
    <message>
        <source>{name} is a spreadsheet, not a plan: plans are .json or .epplan files.</source>
        <translation>{name} bir tablo, plan değil: planlar .json veya .epplan dosyalarıdır.</translation>
    </message>
    <message>
        <source>Import the partners it lists into the open plan? (Undo takes them out again.)</source>
        <translation>Listelediği ortaklar açık plana aktarılsın mı? (Geri Al onları yeniden çıkarır.)</translation>
    </message>
    <message>
        <source>&amp;Import Partners…</source>
        <translation>Ortakları &amp;içe aktar…</translation>
    </message>
    <message>
        <source>Import of {name}</source>
        <translation>{name} içe aktarımı</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of {name} cannot be imported.</source>
        <translation>
            <numerusform>{name} dosyasının %n satırı içe aktarılamıyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the other rows and leave these out, or import nothing and fix the file first?</source>
        <translation>Diğer satırlar içe aktarılıp bunlar dışarıda mı bırakılsın, yoksa hiçbir şey aktarılmayıp önce dosya mı düzeltilsin?</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Good Row(s)</source>
        <translation>
            <numerusform>%n geçerli satırı içe aktar</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Nothing</source>
        <translation>Hiçbir şey aktarma</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Plan aç</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>Planı farklı kaydet</translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation>Ortakları içe aktar</translation>
    </message>
    <message>
        <source>Export PDF briefing</source>
        <translation>PDF özetini dışa aktar</translation>
    </message>
    <message>
        <source>Import into the partner directory</source>
        <translation>Ortak rehberine aktar</translation>
    </message>
    <message>
        <source>Export the partner directory</source>
        <translation>Ortak rehberini dışa aktar</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…ve {n} tane daha</translation>
    </message>
    <message>
        <source>Team workspace password</source>
        <translation>Ekip çalışma alanı parolası</translation>
    </message>
    <message>
        <source>Password of {user} for the team workspace {where}:
(kept only until the planner closes)</source>
        <translation>{where} ekip çalışma alanı için {user} parolası:
(yalnızca planlayıcı kapanana dek tutulur)</translation>
    </message>
    <message>
        <source>Save to Workspace</source>
        <translation>Çalışma alanına kaydet</translation>
    </message>
    <message>
        <source>Name of the team plan:</source>
        <translation>Ekip planının adı:</translation>
    </message>
    <message>
        <source>Save refused</source>
        <translation>Kayıt reddedildi</translation>
    </message>
    <message>
        <source>Someone saved “{name}” in the team workspace since you opened it.</source>
        <translation>Siz açtıktan sonra biri “{name}” planını ekip çalışma alanına kaydetti.</translation>
    </message>
    <message>
        <source>Nothing was overwritten. Keep your version as a copy beside theirs, or reload theirs (your changes are dropped)?</source>
        <translation>Hiçbir şeyin üzerine yazılmadı. Sürümünüzü onlarınkinin yanında kopya olarak mı saklayalım, yoksa onlarınkini mi yeniden yükleyelim (değişiklikleriniz bırakılır)?</translation>
    </message>
    <message>
        <source>&amp;Keep Mine as a Copy</source>
        <translation>Benimkini &amp;kopya olarak sakla</translation>
    </message>
    <message>
        <source>&amp;Reload Theirs</source>
        <translation>Onlarınkini &amp;yeniden yükle</translation>
    </message>
    <message>
        <source>Open from Workspace</source>
        <translation>Çalışma alanından aç</translation>
    </message>
    <message>
        <source>Team plan</source>
        <translation>Ekip planı</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Son kayıt</translation>
    </message>
    <message>
        <source>Being edited by</source>
        <translation>Düzenleyen</translation>
    </message>
    <message>
        <source>No team plans yet: File ▸ Save to Workspace stores the open plan as one.</source>
        <translation>Henüz ekip planı yok: Dosya ▸ Çalışma alanına kaydet, açık planı bir ekip planı olarak saklar.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Official</source>
        <translation>Resmî</translation>
    </message>
    <message>
        <source>◐ Agency summary</source>
        <translation>◐ Ajans özeti</translation>
    </message>
    <message>
        <source>⚠ Unconfirmed</source>
        <translation>⚠ Doğrulanmadı</translation>
    </message>
    <message>
        <source>Confirmed in the Programme Guide or the official call text.</source>
        <translation>Program Rehberinde veya resmî çağrı metninde doğrulandı.</translation>
    </message>
    <message>
        <source>Taken from National Agency summaries of the Programme Guide.</source>
        <translation>Ulusal Ajansların Program Rehberi özetlerinden alındı.</translation>
    </message>
    <message>
        <source>Could not be confirmed: check it with your National Agency.</source>
        <translation>Doğrulanamadı: Ulusal Ajansınıza danışın.</translation>
    </message>
    <message>
        <source>schools</source>
        <translation>okullar</translation>
    </message>
    <message>
        <source>higher education institutions</source>
        <translation>yükseköğretim kurumları</translation>
    </message>
    <message>
        <source>VET providers</source>
        <translation>mesleki eğitim kurumları</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>işletmeler</translation>
    </message>
    <message>
        <source>enterprises, industry or sector representatives</source>
        <translation>işletmeler, sanayi veya sektör temsilcileri</translation>
    </message>
    <message>
        <source>labour-market actors</source>
        <translation>işgücü piyasası aktörleri</translation>
    </message>
    <message>
        <source>education and training providers</source>
        <translation>eğitim ve öğretim kurumları</translation>
    </message>
    <message>
        <source>bodies with a regulatory function</source>
        <translation>düzenleyici işlevi olan kuruluşlar</translation>
    </message>
    <message>
        <source>public bodies</source>
        <translation>kamu kuruluşları</translation>
    </message>
    <message>
        <source>youth organisations or groups</source>
        <translation>gençlik kuruluşları veya grupları</translation>
    </message>
    <message>
        <source>calls {years}</source>
        <translation>{years} çağrıları</translation>
    </message>
    <message>
        <source>lots: {lots}</source>
        <translation>lotlar: {lots}</translation>
    </message>
    <message>
        <source>type: {types}</source>
        <translation>tür: {types}</translation>
    </message>
    <message>
        <source>at least {n} months</source>
        <translation>en az {n} ay</translation>
    </message>
    <message>
        <source>at least {n}</source>
        <translation>en az {n}</translation>
    </message>
    <message>
        <source>at most {n} months</source>
        <translation>en fazla {n} ay</translation>
    </message>
    <message>
        <source>at most {n}</source>
        <translation>en fazla {n}</translation>
    </message>
    <message>
        <source>{values} months</source>
        <translation>{values} ay</translation>
    </message>
    <message>
        <source> or </source>
        <translation> veya </translation>
    </message>
    <message>
        <source>not {countries}</source>
        <translation>{countries} hariç</translation>
    </message>
    <message>
        <source> and </source>
        <translation> ve </translation>
    </message>
    <message>
        <source>counted as {group}</source>
        <translation>{group} olarak sayılır</translation>
    </message>
    <message>
        <source>in at least {n} countries</source>
        <translation>en az {n} ülkede</translation>
    </message>
    <message>
        <source>from the {year} call</source>
        <translation>{year} çağrısından itibaren</translation>
    </message>
    <message>
        <source>except outermost-region categories {regions}</source>
        <translation>{regions} kategorilerindeki en dış bölgeler hariç</translation>
    </message>
    <message>
        <source>registered before {date}</source>
        <translation>{date} tarihinden önce kayıtlı</translation>
    </message>
    <message>
        <source>Rules and their sources</source>
        <translation>Kurallar ve kaynakları</translation>
    </message>
    <message>
        <source>The planner checks each consortium against these rules. Each names its source: the Programme Guide of the call year where it could be confirmed, otherwise National Agency summaries (◐). Rules marked ⚠ rest on sources that could not be confirmed: check them with your National Agency.</source>
        <translation>Planlayıcı her konsorsiyumu bu kurallara göre denetler. Her kural kaynağını belirtir: doğrulanabildiği yerde çağrı yılının Program Rehberi, aksi halde Ulusal Ajans özetleri (◐). ⚠ ile işaretli kurallar doğrulanamayan kaynaklara dayanır: bunları Ulusal Ajansınıza danışın.</translation>
    </message>
    <message>
        <source>Call year</source>
        <translation>Çağrı yılı</translation>
    </message>
    <message>
        <source>All call years</source>
        <translation>Tüm çağrı yılları</translation>
    </message>
    <message>
        <source>Call &amp;year</source>
        <translation>Çağrı &amp;yılı</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Kurallar</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Kural</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Kapsam</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Güvenilirlik</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Tüm faaliyetler</translation>
    </message>
    <message>
        <source> — advice</source>
        <translation> — öneri</translation>
    </message>
</context>
<context>
    <name>TypePicker</name>
    <message>
        <source>group</source>
        <translation>grup</translation>
    </message>
    <message>
        <source>Choose the kind of organisation…</source>
        <translation>Kuruluş türünü seçin…</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Eligible</source>
        <translation>Uygun</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Uygun değil</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) not met</source>
        <translation>
            <numerusform>%n koşul karşılanmadı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to review</source>
        <translation>
            <numerusform>incelenecek %n uyarı</numerusform>
        </translation>
    </message>
    <message>
        <source>Every requirement is met</source>
        <translation>Tüm koşullar karşılanıyor</translation>
    </message>
    <message>
        <source>Verdict: {symbol} {word}</source>
        <translation>Sonuç: {symbol} {word}</translation>
    </message>
    <message>
        <source>Checked against {what}</source>
        <translation>{what} kurallarına göre denetlendi</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Build a Key Action 2 consortium partner by partner, and see at once whether it is eligible and which agency the application goes to. Everything stays on this computer.</source>
        <translation>Ana Eylem 2 konsorsiyumunuzu ortak ortak oluşturun; uygun olup olmadığını ve başvurunun hangi ajansa yapılacağını hemen görün. Her şey bu bilgisayarda kalır.</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Yeni plan</translation>
    </message>
    <message>
        <source>Start an empty plan for this year&apos;s call</source>
        <translation>Bu yılın çağrısı için boş bir plan başlat</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <source>Open a plan file (.epplan or .json)</source>
        <translation>Bir plan dosyası aç (.epplan veya .json)</translation>
    </message>
    <message>
        <source>Open &amp;sample</source>
        <translation>Ö&amp;rneği aç</translation>
    </message>
    <message>
        <source>Open a worked example: a 2019 school Strategic Partnership</source>
        <translation>Hazır bir örnek aç: 2019 yılına ait okul Stratejik Ortaklığı</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Son açılan planlar</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Team workspace</source>
        <translation>Ekip çalışma alanı</translation>
    </message>
    <message>
        <source>Team workspace address</source>
        <translation>Ekip çalışma alanının adresi</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>A PostgreSQL URL or service name. Passwords are asked for, never stored.</source>
        <translation>Bir PostgreSQL URL’si ya da hizmet adı. Parolalar sorulur, asla saklanmaz.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Add partner “{name}”</source>
        <translation>“{name}” ortağını ekle</translation>
    </message>
    <message>
        <source>Add {count} partners</source>
        <translation>{count} ortak ekle</translation>
    </message>
    <message>
        <source>Edit partner “{name}”</source>
        <translation>“{name}” ortağını düzenle</translation>
    </message>
    <message>
        <source>Remove partner “{name}”</source>
        <translation>“{name}” ortağını kaldır</translation>
    </message>
    <message>
        <source>Remove {count} partners</source>
        <translation>{count} ortağı kaldır</translation>
    </message>
    <message>
        <source>Switch to {action}</source>
        <translation>{action} faaliyetine geç</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>Başlığı değiştir</translation>
    </message>
    <message>
        <source>Set call year to {year}</source>
        <translation>Çağrı yılını {year} yap</translation>
    </message>
    <message>
        <source>Set field to {field}</source>
        <translation>Alanı {field} yap</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Change lot</source>
        <translation>Lotu değiştir</translation>
    </message>
    <message>
        <source>Change project type</source>
        <translation>Proje türünü değiştir</translation>
    </message>
    <message>
        <source>Change plan details</source>
        <translation>Plan bilgilerini değiştir</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Full partner</source>
        <translation>Ortak</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Başvuru sahibi</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>İştirakçi</translation>
    </message>
    <message>
        <source>Submits the application and coordinates; a plan has exactly one.</source>
        <translation>Başvuruyu yapar ve koordine eder; bir planda tam olarak bir tane bulunur.</translation>
    </message>
    <message>
        <source>Takes full part; counts toward the minimum number of partners.</source>
        <translation>Tam olarak katılır; asgari ortak sayısına dahil edilir.</translation>
    </message>
    <message>
        <source>Contributes without funding; never counts toward a minimum.</source>
        <translation>Hibe almadan katkıda bulunur; hiçbir asgari sayıya dahil edilmez.</translation>
    </message>
    <message>
        <source>Higher education</source>
        <translation>Yükseköğretim</translation>
    </message>
    <message>
        <source>Adult education</source>
        <translation>Yetişkin eğitimi</translation>
    </message>
    <message>
        <source>Large enterprise</source>
        <translation>Büyük işletme</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Sosyal işletme</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Vakıf</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Okul</translation>
    </message>
    <message>
        <source>Affiliated</source>
        <translation>Bağlı</translation>
    </message>
    <message>
        <source>Linked to one full partner (calls from 2021); counts toward no minimum and never applies.</source>
        <translation>Bir tam ortağa bağlıdır (2021&apos;den itibaren çağrılar); hiçbir asgari sayıya dahil edilmez ve asla başvuru yapmaz.</translation>
    </message>
    <message>
        <source>VET provider</source>
        <translation>Mesleki eğitim kurumu</translation>
    </message>
    <message>
        <source>Youth organisation</source>
        <translation>Gençlik kuruluşu</translation>
    </message>
    <message>
        <source>Informal youth group</source>
        <translation>Gayriresmî gençlik grubu</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>KOBİ</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Yerel yönetim</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Bölgesel yönetim</translation>
    </message>
    <message>
        <source>National authority</source>
        <translation>Ulusal kamu kurumu</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>STK</translation>
    </message>
    <message>
        <source>European NGO</source>
        <translation>Avrupa STK&apos;sı</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>Araştırma enstitüsü</translation>
    </message>
    <message>
        <source>Social partner</source>
        <translation>Sosyal ortak</translation>
    </message>
    <message>
        <source>Qualification body</source>
        <translation>Yeterlilik kuruluşu</translation>
    </message>
    <message>
        <source>Guidance service</source>
        <translation>Rehberlik hizmeti</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Okullar</translation>
    </message>
    <message>
        <source>Schools and colleges</source>
        <translation>Okullar ve meslek kurumları</translation>
    </message>
    <message>
        <source>Universities</source>
        <translation>Üniversiteler</translation>
    </message>
    <message>
        <source>Youth groups</source>
        <translation>Gençlik grupları</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>İşletmeler</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Kamu kurumları</translation>
    </message>
    <message>
        <source>NGOs</source>
        <translation>STK&apos;lar</translation>
    </message>
    <message>
        <source>Research and expertise</source>
        <translation>Araştırma ve uzmanlık</translation>
    </message>
    <message>
        <source>Erasmus+ 2014–2020</source>
        <translation>Erasmus+ 2014–2020</translation>
    </message>
    <message>
        <source>Erasmus+ 2021–2027</source>
        <translation>Erasmus+ 2021–2027</translation>
    </message>
    <message>
        <source>Programme Country in {year}</source>
        <translation>{year} yılında Program Ülkesi</translation>
    </message>
    <message>
        <source>Partner Country in {year}</source>
        <translation>{year} yılında Ortak Ülke</translation>
    </message>
    <message>
        <source>EU Member State</source>
        <translation>AB Üye Devleti</translation>
    </message>
    <message>
        <source>associated country</source>
        <translation>ilişkili ülke</translation>
    </message>
    <message>
        <source>not associated</source>
        <translation>ilişkili değil</translation>
    </message>
    <message>
        <source>Programme Countries</source>
        <translation>Program Ülkeleri</translation>
    </message>
    <message>
        <source>EU Member States or associated countries</source>
        <translation>AB Üye Devletleri veya ilişkili ülkeler</translation>
    </message>
</context>
<context>
    <name>partner_status</name>
    <message>
        <source>{identifier} missing</source>
        <translation>{identifier} eksik</translation>
    </message>
    <message>
        <source>Possibly the same organisation twice</source>
        <translation>Aynı kuruluş iki kez girilmiş olabilir</translation>
    </message>
    <message>
        <source>Higher education institution without an ECHE</source>
        <translation>ECHE&apos;si olmayan yükseköğretim kurumu</translation>
    </message>
    <message>
        <source>Country not eligible in this call</source>
        <translation>Ülke bu çağrıda uygun değil</translation>
    </message>
    <message>
        <source>Country not eligible unless an associated partner</source>
        <translation>Ülke yalnızca iştirakçi ortak olarak katılabilir</translation>
    </message>
    <message>
        <source>Country excluded from this action</source>
        <translation>Ülke bu faaliyetin dışında</translation>
    </message>
    <message>
        <source>Type of organisation not allowed in this action</source>
        <translation>Kuruluş türü bu faaliyette kabul edilmiyor</translation>
    </message>
    <message>
        <source>Cannot apply from this country</source>
        <translation>Bu ülkeden başvuru yapılamaz</translation>
    </message>
    <message>
        <source>This type of organisation cannot apply</source>
        <translation>Bu türdeki kuruluş başvuru yapamaz</translation>
    </message>
    <message>
        <source>Applicant&apos;s date of establishment</source>
        <translation>Başvuru sahibinin kuruluş tarihi</translation>
    </message>
    <message>
        <source>More than one applicant</source>
        <translation>Birden fazla başvuru sahibi</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Sayılmıyor</translation>
    </message>
    <message>
        <source>No ECHE needed in this country</source>
        <translation>Bu ülkede ECHE gerekmiyor</translation>
    </message>
    <message>
        <source>Malformed {identifier}</source>
        <translation>{identifier} hatalı</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>No problem found with this organisation.</source>
        <translation>Bu kuruluşta sorun bulunamadı.</translation>
    </message>
</context>
</TS>
