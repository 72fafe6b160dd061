<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>rules</name>
    <message>
        <source>At least {min} organisations from {eligible} are required as applicant or full partners; the consortium has {count}{names}.</source>
        <translation>Başvuru sahibi veya tam ortak olarak uygun ülkelerden ({eligible}) en az {min} kuruluş gereklidir; konsorsiyumda {count} kuruluş var{names}.</translation>
    </message>
    <message>
        <source>Add {more} established in {eligible_one}; associated partners and organisations from other countries do not count.</source>
        <translation>Uygun bir ülkede ({eligible_one}) kurulu {more} ekleyin; ilişkili ortaklar ve diğer ülkelerden kuruluşlar sayılmaz.</translation>
    </message>
    <message>
        <source>Organisations from at least {min} different {eligible} are required; the consortium covers {count}{countries}.</source>
        <translation>En az {min} farklı uygun ülkeden ({eligible}) kuruluş gereklidir; konsorsiyum {count} ülkeyi kapsıyor{countries}.</translation>
    </message>
    <message>
        <source>Add a full partner {from_each_of} {more} not yet in the consortium.</source>
        <translation>Konsorsiyumda henüz bulunmayan {more} {from_each_of} ekleyin.</translation>
    </message>
    <message>
        <source>At least {min} of the countries must be EU Member States; the consortium covers {count}{countries}.</source>
        <translation>Ülkelerden en az {min} tanesi AB Üye Devleti olmalıdır; konsorsiyum {count} ülkeyi kapsıyor{countries}.</translation>
    </message>
    <message>
        <source>Add a full partner {from_each_of} {more} not yet in the consortium, or replace a partner from a non-EU country.</source>
        <translation>Konsorsiyumda henüz bulunmayan {more} {from_each_of} ekleyin veya AB dışındaki bir ülkeden gelen bir ortağı değiştirin.</translation>
    </message>
    <message>
        <source>At least {min} {group} {required} as applicant or {full_partners} from {eligible}; the consortium has {count}{names}.</source>
        <translation>Başvuru sahibi veya {full_partners} olarak uygun ülkelerden ({eligible}) en az {min} {group} {required}; konsorsiyumda {count} var{names}.</translation>
    </message>
    <message>
        <source>Add {more} {as_full_partners} from {eligible_one}: {examples}.</source>
        <translation>Uygun bir ülkeden ({eligible_one}) {as_full_partners} {more} ekleyin: {examples}.</translation>
    </message>
    <message>
        <source>At most {max} organisations may take part; the consortium has {count}.</source>
        <translation>En fazla {max} kuruluş katılabilir; konsorsiyumda {count} kuruluş var.</translation>
    </message>
    <message>
        <source>Remove {more}, or choose an action without this limit.</source>
        <translation>{more} çıkarın veya bu sınırı olmayan bir eylem seçin.</translation>
    </message>
    <message>
        <source>Only {group} may take part in this action{offenders}.</source>
        <translation>Bu eyleme yalnızca {group} türündeki kuruluşlar katılabilir{offenders}.</translation>
    </message>
    <message>
        <source>Remove the organisations that are not {group}, or choose an action open to them.</source>
        <translation>{group} türünde olmayan kuruluşları çıkarın veya onlara açık bir eylem seçin.</translation>
    </message>
    <message>
        <source>Each participating country must have at least one of each: {group}{offenders}.</source>
        <translation>Katılan her ülkede şu türlerin her birinden en az bir kuruluş bulunmalıdır: {group}{offenders}.</translation>
    </message>
    <message>
        <source>The applicant must be established in {eligible_one}{offenders}.</source>
        <translation>Başvuru sahibi uygun bir ülkede ({eligible_one}) kurulu olmalıdır{offenders}.</translation>
    </message>
    <message>
        <source>Let an organisation from {eligible_one} apply on behalf of the consortium.</source>
        <translation>Konsorsiyum adına uygun bir ülkeden ({eligible_one}) bir kuruluş başvursun.</translation>
    </message>
    <message>
        <source>Exactly one organisation applies on behalf of the consortium{offenders}.</source>
        <translation>Konsorsiyum adına tam olarak bir kuruluş başvuru yapar{offenders}.</translation>
    </message>
    <message>
        <source>Mark exactly one organisation as the applicant (coordinator).</source>
        <translation>Tam olarak bir kuruluşu başvuru sahibi (koordinatör) olarak işaretleyin.</translation>
    </message>
    <message>
        <source>The applicant must be one of: {group}{offenders}.</source>
        <translation>Başvuru sahibi yalnızca şu türde olabilir: {group}{offenders}.</translation>
    </message>
    <message>
        <source>Let {examples} apply on behalf of the consortium.</source>
        <translation>Konsorsiyum adına {examples} başvursun.</translation>
    </message>
    <message>
        <source>Higher education institutions established in {eligible} must hold a valid Erasmus Charter for Higher Education (ECHE){offenders}.</source>
        <translation>Uygun ülkelerde ({eligible}) kurulu yükseköğretim kurumlarının geçerli bir Yükseköğretim için Erasmus Beyannamesi (ECHE) sahibi olması gerekir{offenders}.</translation>
    </message>
    <message>
        <source>Confirm that each of these institutions holds an ECHE, or replace it.</source>
        <translation>Bu kurumların her birinin ECHE sahibi olduğunu doğrulayın veya kurumu değiştirin.</translation>
    </message>
    <message>
        <source>Only organisations from {eligible} may take part{offenders}.</source>
        <translation>Yalnızca uygun ülkelerden ({eligible}) kuruluşlar katılabilir{offenders}.</translation>
    </message>
    <message>
        <source>Remove the organisations from other countries.</source>
        <translation>Diğer ülkelerden gelen kuruluşları çıkarın.</translation>
    </message>
    <message>
        <source>Organisations from countries other than {eligible} may take part only as associated partners{offenders}.</source>
        <translation>Uygun ülkeler ({eligible}) dışındaki ülkelerden gelen kuruluşlar yalnızca ilişkili ortak olarak katılabilir{offenders}.</translation>
    </message>
    <message>
        <source>Make them associated partners, or replace them.</source>
        <translation>Onları ilişkili ortak yapın veya değiştirin.</translation>
    </message>
    <message>
        <source>Organisations from {countries} are not eligible for this action{offenders}.</source>
        <translation>Bu eylemin dışında tutulan ülkeler: {countries}; bu ülkelerden gelen kuruluşlar uygun değildir{offenders}.</translation>
    </message>
    <message>
        <source>Remove them from the consortium.</source>
        <translation>Onları konsorsiyumdan çıkarın.</translation>
    </message>
    <message>
        <source>The applicant must have been legally established at least {min} years before the deadline ({deadline}){offenders}.</source>
        <translation>Başvuru sahibi, son başvuru tarihinden ({deadline}) en az {min} yıl önce yasal olarak kurulmuş olmalıdır{offenders}.</translation>
    </message>
    <message>
        <source>Let a longer-established organisation apply, or enter the applicant's date of establishment.</source>
        <translation>Daha uzun süredir faaliyet gösteren bir kuruluş başvursun veya başvuru sahibinin kuruluş tarihini girin.</translation>
    </message>
    <message>
        <source>{action} are open only in the calls {years}; this plan aims at the {year} call.</source>
        <translation>{action} {years} teklif çağrılarında yer alır; bu plan {year} teklif çağrısını hedefliyor.</translation>
    </message>
    <message>
        <source>Choose a call year in {years}, or the action that replaced it.</source>
        <translation>{years} aralığında bir teklif çağrısı yılı veya bu eylemin yerini alan eylemi seçin.</translation>
    </message>
    <message>
        <source>Identifier not well formed{offenders}.</source>
        <translation>Tanımlayıcı hatalı{offenders}.</translation>
    </message>
    <message>
        <source>Copy the OID (E followed by 8 digits) and the PIC (9 digits) exactly as the registration system shows them.</source>
        <translation>OID'yi (E ve ardından 8 rakam) ve PIC'i (9 rakam) kayıt sisteminde göründüğü gibi aynen kopyalayın.</translation>
    </message>
    <message>
        <source>No {identifier} yet for{offenders}.</source>
        <translation>Henüz {identifier} numarası olmayanlar{offenders}.</translation>
    </message>
    <message>
        <source>Ask these organisations to register and send their {identifier}; applications cannot be submitted without it.</source>
        <translation>Bu kuruluşlardan kaydolmalarını ve {identifier} numaralarını göndermelerini isteyin; bu numara olmadan başvuru yapılamaz.</translation>
    </message>
    <message>
        <source>The same organisation appears more than once{offenders}.</source>
        <translation>Aynı kuruluş birden fazla kez yer alıyor{offenders}.</translation>
    </message>
    <message>
        <source>Remove the repeated entry; an organisation counts once.</source>
        <translation>Tekrarlanan kaydı silin; bir kuruluş yalnızca bir kez sayılır.</translation>
    </message>
    <message>
        <source>No ECHE is needed for higher education institutions outside {eligible}{offenders}.</source>
        <translation>Uygun ülkeler ({eligible}) dışındaki yükseköğretim kurumları için ECHE gerekmez{offenders}.</translation>
    </message>
    <message>
        <source>Associated partners never count toward a minimum{offenders}; as full partners they would.</source>
        <translation>İlişkili ortaklar asgari sayılara hiçbir zaman dahil edilmez{offenders}; tam ortak olsalardı sayılırlardı.</translation>
    </message>
    <message>
        <source>If they will receive funding and share the work, change their role to full partner.</source>
        <translation>Hibe alacak ve işi paylaşacaklarsa rollerini tam ortak olarak değiştirin.</translation>
    </message>
    <message>
        <source>Not counted toward the minimums{offenders}.</source>
        <translation>Asgari sayılara dahil edilmeyenler{offenders}.</translation>
    </message>
    <message>
        <source>Affiliated entities exist from the {from} call; in the {year} call they cannot take part as such{offenders}.</source>
        <translation>Bağlı kuruluşlar {from} çağrısından itibaren vardır; {year} çağrısında bu sıfatla katılamazlar{offenders}.</translation>
    </message>
    <message>
        <source>Make each of them a full or an associated partner, remove them, or choose a call year from {from}.</source>
        <translation>Her birini tam ya da ilişkili ortak yapın, çıkarın veya {from} ve sonrasından bir çağrı yılı seçin.</translation>
    </message>
    <message>
        <source>Each affiliated entity must be linked to the applicant or a full partner of the plan{offenders}.</source>
        <translation>Her bağlı kuruluş, başvuru sahibine ya da planın bir tam ortağına bağlanmalıdır{offenders}.</translation>
    </message>
    <message>
        <source>Choose the partner each one belongs to ({valid}), or give it another role.</source>
        <translation>Her birinin bağlı olduğu ortağı seçin ({valid}) ya da ona başka bir rol verin.</translation>
    </message>
    <message>
        <source>{group} are not counted as {counted_as} here{offenders}.</source>
        <translation>{group} türündeki kuruluşlar burada {counted_as} olarak sayılmaz{offenders}.</translation>
    </message>
    <message>
        <source>They count only where the Guide says so; add {examples} if the minimum is short.</source>
        <translation>Yalnızca Program Rehberi'nin öngördüğü durumlarda sayılırlar; asgari sayı eksikse {examples} ekleyin.</translation>
    </message>
    <message>
        <source>{action} last {allowed}; this plan runs {months}.</source>
        <translation>{action} {allowed} sürer; bu plan {months} sürüyor.</translation>
    </message>
    <message>
        <source>Set the duration to {allowed}, or choose an action that allows {months}.</source>
        <translation>Süreyi {allowed} olarak belirleyin veya {months} süreye izin veren bir eylem seçin.</translation>
    </message>
    <message>
        <source>At least {min} schools from {eligible} are required; the consortium has {count}{names}.</source>
        <translation>Uygun ülkelerden ({eligible}) en az {min} okul gereklidir; konsorsiyumda {count} okul var{names}.</translation>
    </message>
    <message>
        <source>Add {more} from {eligible_one}; only schools take part.</source>
        <translation>Uygun bir ülkeden ({eligible_one}) {more} ekleyin; yalnızca okullar katılır.</translation>
    </message>
    <message>
        <source>At most {max} schools may take part; the consortium has {count}.</source>
        <translation>En fazla {max} okul katılabilir; konsorsiyumda {count} okul var.</translation>
    </message>
    <message>
        <source>Remove {more}, or turn the project into a Strategic Partnership for school education.</source>
        <translation>{more} çıkarın veya projeyi okul eğitimi alanında bir Stratejik Ortaklığa dönüştürün.</translation>
    </message>
    <message>
        <source>Only schools from {eligible} can take part{offenders}.</source>
        <translation>Yalnızca uygun ülkelerden ({eligible}) okullar katılabilir{offenders}.</translation>
    </message>
    <message>
        <source>Remove the schools from other countries; Swiss schools could join only as extra, self-funded partners.</source>
        <translation>Diğer ülkelerden gelen okulları çıkarın; İsviçre okulları yalnızca ek, kendi kendini finanse eden ortaklar olarak katılabilir.</translation>
    </message>
    <message>
        <source>{action} last {allowed}; up to 36 months only with long-term pupil mobility; this plan runs {months}.</source>
        <translation>{action} {allowed} sürer; 36 aya kadar süre yalnızca uzun süreli öğrenci hareketliliği ile mümkündür; bu plan {months} sürüyor.</translation>
    </message>
    <message>
        <source>Keep the longer duration only if pupils will spend long periods abroad; otherwise set it to {allowed}.</source>
        <translation>Daha uzun süreyi yalnızca öğrenciler yurt dışında uzun süre kalacaksa koruyun; aksi hâlde süreyi {allowed} olarak belirleyin.</translation>
    </message>
    <message>
        <source>At least {min} independent organisations from {eligible} are required; the consortium has {count}{names}.</source>
        <translation>Uygun ülkelerden ({eligible}) en az {min} bağımsız kuruluş gereklidir; konsorsiyumda {count} var{names}.</translation>
    </message>
    <message>
        <source>Add a small, medium or large enterprise from any Programme Country (social enterprises count; consultancies and intermediaries count if they show experience in the field).</source>
        <translation>Herhangi bir Program Ülkesinden küçük, orta veya büyük ölçekli bir işletme ekleyin (sosyal işletmeler sayılır; danışmanlık firmaları ve aracılar alanda deneyim gösterirlerse sayılır).</translation>
    </message>
    <message>
        <source>Each participating country needs a VET provider, a body representing the sector, and a body with a regulatory function for education and training{offenders}.</source>
        <translation>Katılan her ülkede bir mesleki eğitim sağlayıcısı, sektörü temsil eden bir kurum ve eğitim ve öğretim alanında düzenleyici işleve sahip bir kurum bulunmalıdır{offenders}.</translation>
    </message>
    <message>
        <source>The alliance must cover at least {min} Programme Countries; its full partners are established in {count}{countries}.</source>
        <translation>İttifak en az {min} Program Ülkesini kapsamalıdır; tam ortakları {count} ülkede kurulu{countries}.</translation>
    </message>
    <message>
        <source>European-level sector organisations may cover more countries than their seat; state the coverage in the application, or add partners from {more}.</source>
        <translation>Avrupa düzeyindeki sektör kuruluşları merkezlerinin bulunduğu ülkeden daha fazla ülkeyi kapsayabilir; bu kapsamı başvuruda belirtin veya ortak ekleyerek {more} kapsayın.</translation>
    </message>
    <message>
        <source>At least {min} full partners (beneficiaries) from {eligible} are required; the consortium has {count}{names}.</source>
        <translation>Uygun ülkelerden ({eligible}) en az {min} tam ortak (hibe alan) gereklidir; konsorsiyumda {count} var{names}.</translation>
    </message>
    <message>
        <source>Organisations from non-associated third countries outside Regions 1 to 3 may take part only as associated partners{offenders}.</source>
        <translation>1–3. Bölgeler dışındaki, Programla ilişkili olmayan üçüncü ülkelerden gelen kuruluşlar yalnızca ilişkili ortak olarak katılabilir{offenders}.</translation>
    </message>
    <message>
        <source>At least {min} full partners from {eligible} are required; the consortium has {count}{names}.</source>
        <translation>Uygun ülkelerden ({eligible}) en az {min} tam ortak gereklidir; konsorsiyumda {count} var{names}.</translation>
    </message>
    <message>
        <source>At least {min_countries} countries must each include at least one enterprise, industry or sector representative and at least one VET provider; the consortium has {complete}{complete_countries}{offenders}.</source>
        <translation>En az {min_countries} ülkenin her birinde en az bir işletme, sanayi veya sektör temsilcisi ve en az bir mesleki eğitim sağlayıcısı bulunmalıdır; konsorsiyumda bu tür {complete} ülke var{complete_countries}{offenders}.</translation>
    </message>
    <message>
        <source>{action} normally last {allowed}; this plan runs {months}.</source>
        <translation>{action} normalde {allowed} sürer; bu plan {months} sürüyor.</translation>
    </message>
    <message>
        <source>Plan for {allowed} unless the call says otherwise.</source>
        <translation>Teklif çağrısı aksini belirtmedikçe {allowed} planlayın.</translation>
    </message>
    <message>
        <source>Each participating country needs at least one enterprise, industry or sector representative and at least one VET provider{offenders}.</source>
        <translation type="vanished">Katılan her ülkede en az bir işletme, sanayi veya sektör temsilcisi ve en az bir mesleki eğitim sağlayıcısı bulunmalıdır{offenders}.</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>; {name} is established in {country}, a Programme Country in {year}</source>
        <translation>; {name} kuruluşunun ülkesi: {country} ({year} teklif çağrısında Program Ülkesi)</translation>
    </message>
    <message>
        <source>; {name} is established in {country}, a Partner Country in {year}</source>
        <translation>; {name} kuruluşunun ülkesi: {country} ({year} teklif çağrısında Ortak Ülke)</translation>
    </message>
    <message>
        <source>; {name} is established in {country}, an EU Member State in {year}</source>
        <translation>; {name} kuruluşunun ülkesi: {country} ({year} teklif çağrısında AB Üye Devleti)</translation>
    </message>
    <message>
        <source>; {name} is established in {country}, a third country associated to the Programme in {year}</source>
        <translation>; {name} kuruluşunun ülkesi: {country} ({year} teklif çağrısında Programla ilişkili üçüncü ülke)</translation>
    </message>
    <message>
        <source>; {name} is established in {country}, a third country not associated to the Programme in {year}</source>
        <translation>; {name} kuruluşunun ülkesi: {country} ({year} teklif çağrısında Programla ilişkili olmayan üçüncü ülke)</translation>
    </message>
    <message>
        <source> (give the exact date to be sure)</source>
        <translation> (emin olmak için kesin tarihi girin)</translation>
    </message>
    <message>
        <source>; none is marked as applicant yet</source>
        <translation>; henüz hiçbir kuruluş başvuru sahibi olarak işaretlenmedi</translation>
    </message>
    <message>
        <source>; {name} was established in {year}</source>
        <translation>; {name} kuruluş yılı: {year}</translation>
    </message>
    <message>
        <source>; the date of establishment of {name} is not given</source>
        <translation>; {name} için kuruluş tarihi girilmemiş</translation>
    </message>
    <message>
        <source>; {value} is not a date (use YYYY or YYYY-MM-DD)</source>
        <translation>; {value} bir tarih değil (YYYY veya YYYY-AA-GG kullanın)</translation>
    </message>
    <message>
        <source>; {name} was established on {date}</source>
        <translation>; {name} kuruluş tarihi: {date}</translation>
    </message>
    <message>
        <source>; {count} are marked as applicant: {names}</source>
        <translation>; {count} kuruluş başvuru sahibi olarak işaretlenmiş: {names}</translation>
    </message>
    <message>
        <source>; {items}</source>
        <translation>; {items}</translation>
    </message>
    <message>
        <source>Choose one of them.</source>
        <translation>Bunlardan birini seçin.</translation>
    </message>
    <message>
        <source>Clear the field.</source>
        <translation>Alanı boşaltın.</translation>
    </message>
    <message>
        <source>Clear the lot.</source>
        <translation>Lotu boşaltın.</translation>
    </message>
    <message>
        <source>{action} do not exist in the field {field}; fields: {choices}</source>
        <translation>{action}, {field} alanında bulunmaz; alanlar: {choices}</translation>
    </message>
    <message>
        <source>The lot {lot} is not open in the {year} call{when}; lots that year: {choices}</source>
        <translation>{lot} lotu {year} teklif çağrısında açık değildir{when}; o yılın lotları: {choices}</translation>
    </message>
    <message>
        <source>'{name}' projects exist in the calls {years}, not in {year}</source>
        <translation>“{name}” projeleri {years} teklif çağrılarında vardır, {year} teklif çağrısında yoktur</translation>
    </message>
    <message>
        <source>{action} have no fields; the field {field} is ignored</source>
        <translation>{action} için alan yoktur; {field} alanı dikkate alınmaz</translation>
    </message>
    <message>
        <source>{action} have no lots in the {year} call; the lot {lot} does not apply</source>
        <translation>{action} için {year} teklif çağrısında lot yoktur; {lot} lotu geçerli değildir</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>{action} have no project type {variant}; types: {choices}</source>
        <translation>{action} için {variant} proje türü yoktur; türler: {choices}</translation>
    </message>
    <message>
        <source>'{name}' projects are not available in {field}</source>
        <translation>“{name}” projeleri {field} alanında sunulmaz</translation>
    </message>
    <message>
        <source>{action} need a field: {choices}</source>
        <translation>{action} için bir alan seçilmelidir: {choices}</translation>
    </message>
    <message>
        <source>{action} of the {year} call are applied for in a lot: {choices}</source>
        <translation>{year} teklif çağrısında {action} için başvuru bir lot içinde yapılır: {choices}</translation>
    </message>
    <message>
        <source> (it exists in the calls {years})</source>
        <translation> ({years} teklif çağrılarında vardır)</translation>
    </message>
    <message>
        <source>{organisation} has none recorded</source>
        <translation>{organisation}: kayıtlı ECHE yok</translation>
    </message>
    <message numerus="yes">
        <source>{n} more EU Member State</source>
        <extracomment>Value of {more} in the hints 'Add a full partner {from_each_of} {more} not yet in the consortium.' and '... or add partners from {more}.'; write it to fit your templates (it may carry 'not yet in the consortium'). English plural: {n} more EU Member States</extracomment>
        <translation>
            <numerusform>{n} AB Üye Devleti daha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more full partner</source>
        <extracomment>English plural: {n} more full partners</extracomment>
        <translation>
            <numerusform>{n} tam ortak daha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more Programme Country</source>
        <extracomment>Value of {more} in the hints 'Add a full partner {from_each_of} {more} not yet in the consortium.' and '... or add partners from {more}.'; write it to fit your templates (it may carry 'not yet in the consortium'). English plural: {n} more Programme Countries</extracomment>
        <translation>
            <numerusform>{n} Program Ülkesi daha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more EU Member State or associated country</source>
        <extracomment>Value of {more} in the hints 'Add a full partner {from_each_of} {more} not yet in the consortium.' and '... or add partners from {more}.'; write it to fit your templates (it may carry 'not yet in the consortium'). English plural: {n} more EU Member States or associated countries</extracomment>
        <translation>
            <numerusform>{n} AB Üye Devleti veya Programla ilişkili üçüncü ülke daha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} organisation</source>
        <extracomment>English plural: {n} organisations</extracomment>
        <translation>
            <numerusform>{n} kuruluş</numerusform>
        </translation>
    </message>
    <message>
        <source>from each of</source>
        <extracomment>{from_each_of} when several countries are missing.</extracomment>
        <translation>için, her birinden birer tam ortak</translation>
    </message>
    <message>
        <source>from</source>
        <extracomment>{from_each_of} when one country is missing: 'Add a full partner {from_each_of} {more} ...'.</extracomment>
        <translation>için bir tam ortak</translation>
    </message>
    <message numerus="yes">
        <source>{n} month</source>
        <extracomment>English plural: {n} months</extracomment>
        <translation>
            <numerusform>{n} ay</numerusform>
        </translation>
    </message>
    <message>
        <source>{min} to {max} months</source>
        <translation>{min}–{max} ay</translation>
    </message>
    <message>
        <source>{first} or {second} months</source>
        <translation>{first} veya {second} ay</translation>
    </message>
    <message>
        <source>{name} (associated partner)</source>
        <translation>{name} (ilişkili ortak)</translation>
    </message>
    <message>
        <source>{name} (affiliated entity of {partner})</source>
        <translation>{name} ({partner} kuruluşunun bağlı kuruluşu)</translation>
    </message>
    <message>
        <source>{name} ({country}: {status})</source>
        <translation>{name} ({country}: {status})</translation>
    </message>
    <message>
        <source>an OID starts with the letter E, followed by 8 digits (for example E10123456)</source>
        <translation>OID, E harfiyle başlar ve ardından 8 rakam gelir (örneğin E10123456)</translation>
    </message>
    <message>
        <source>after the E an OID has digits only (for example E10123456)</source>
        <translation>OID'de E harfinden sonra yalnızca rakam bulunur (örneğin E10123456)</translation>
    </message>
    <message>
        <source>an OID has exactly 8 digits after the E; this one has {n}</source>
        <translation>OID'de E harfinden sonra tam 8 rakam bulunur; bunda {n} rakam var</translation>
    </message>
    <message>
        <source>a PIC has digits only: 9 of them (for example 949999999)</source>
        <translation>PIC yalnızca rakamlardan oluşur, tam 9 rakam (örneğin 949999999)</translation>
    </message>
    <message>
        <source>a PIC has exactly 9 digits; this one has {n}</source>
        <translation>PIC tam 9 rakamdan oluşur; bunda {n} rakam var</translation>
    </message>
    <message>
        <source>{name}: {identifier} {value}, {problem}</source>
        <translation>{name}: {identifier} {value}, {problem}</translation>
    </message>
    <message>
        <source>: {items}</source>
        <extracomment>A list after a colon (French: ' : ').</extracomment>
        <translation>: {items}</translation>
    </message>
    <message>
        <source>same name in {country}</source>
        <translation>aynı ad, ülke: {country}</translation>
    </message>
    <message>
        <source>same {identifier} {value}</source>
        <translation>aynı {identifier}: {value}</translation>
    </message>
    <message numerus="yes">
        <source>{n} more school</source>
        <extracomment>English plural: {n} more schools</extracomment>
        <translation>
            <numerusform>{n} okul daha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more higher education institution</source>
        <extracomment>English plural: {n} more higher education institutions</extracomment>
        <translation>
            <numerusform>{n} yükseköğretim kurumu daha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more VET provider</source>
        <extracomment>English plural: {n} more VET providers</extracomment>
        <translation>
            <numerusform>{n} mesleki eğitim sağlayıcısı daha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more enterprise</source>
        <extracomment>English plural: {n} more enterprises</extracomment>
        <translation>
            <numerusform>{n} işletme daha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more enterprise, industry or sector representative</source>
        <extracomment>English plural: {n} more enterprises, industry or sector representatives</extracomment>
        <translation>
            <numerusform>{n} işletme, sanayi veya sektör temsilcisi daha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more labour-market actor</source>
        <extracomment>English plural: {n} more labour-market actors</extracomment>
        <translation>
            <numerusform>{n} işgücü piyasası aktörü daha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more education and training provider</source>
        <extracomment>English plural: {n} more education and training providers</extracomment>
        <translation>
            <numerusform>{n} eğitim ve öğretim sağlayıcısı daha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more body with a regulatory function</source>
        <extracomment>English plural: {n} more bodies with a regulatory function</extracomment>
        <translation>
            <numerusform>düzenleyici işleve sahip {n} kurum daha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more public body</source>
        <extracomment>English plural: {n} more public bodies</extracomment>
        <translation>
            <numerusform>{n} kamu kurumu daha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} more youth organisation or group</source>
        <extracomment>English plural: {n} more youth organisations or groups</extracomment>
        <translation>
            <numerusform>{n} gençlik kuruluşu veya grubu daha</numerusform>
        </translation>
    </message>
    <message>
        <source>a school</source>
        <translation>bir okul</translation>
    </message>
    <message>
        <source>a higher education institution</source>
        <translation>bir yükseköğretim kurumu</translation>
    </message>
    <message>
        <source>a VET provider</source>
        <translation>bir mesleki eğitim sağlayıcısı</translation>
    </message>
    <message>
        <source>an enterprise</source>
        <translation>bir işletme</translation>
    </message>
    <message>
        <source>an enterprise, industry or sector representative</source>
        <translation>bir işletme, sanayi veya sektör temsilcisi</translation>
    </message>
    <message>
        <source>a labour-market actor</source>
        <translation>bir işgücü piyasası aktörü</translation>
    </message>
    <message>
        <source>an education and training provider</source>
        <translation>bir eğitim ve öğretim sağlayıcısı</translation>
    </message>
    <message>
        <source>a body with a regulatory function</source>
        <translation>düzenleyici işleve sahip bir kurum</translation>
    </message>
    <message>
        <source>a public body</source>
        <translation>bir kamu kurumu</translation>
    </message>
    <message>
        <source>a youth organisation or group</source>
        <translation>bir gençlik kuruluşu veya grubu</translation>
    </message>
    <message numerus="yes">
        <source>is required</source>
        <extracomment>{required} in 'At least {min} {group} {required} as applicant or {full_partners} from {eligible}'; agrees with {min}. It may be the verb alone if the template holds the rest. English plural: are required</extracomment>
        <translation>
            <numerusform>gereklidir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>full partner</source>
        <extracomment>English plural: full partners</extracomment>
        <translation>
            <numerusform>tam ortak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>as a full partner</source>
        <extracomment>English plural: as full partners</extracomment>
        <translation>
            <numerusform>tam ortak olarak</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is {a_type}</source>
        <extracomment>{a_type}: in English the type with 'a'/'an'; in other languages the type's label alone, so write it as a label.</extracomment>
        <translation>{name} kuruluşunun türü: {a_type}</translation>
    </message>
    <message>
        <source>{country} lacks {groups}</source>
        <translation>{country}: eksik olan {groups}</translation>
    </message>
    <message>
        <source>in {country}, add {examples}</source>
        <translation>{country}: {examples} ekleyin</translation>
    </message>
    <message>
        <source>Not required beyond the {min} countries of the minimum configuration; where you can: {items}.</source>
        <translation>Asgari yapının {min} ülkesinin ötesinde zorunlu değildir; mümkünse: {items}.</translation>
    </message>
    <message>
        <source>Per country: {items}.</source>
        <translation>Ülkelere göre — {items}.</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} ve {last}</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separator between clauses (French: ' ; ').</extracomment>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>{items} and {n} more</source>
        <extracomment>The end of a long list of names. English plural: {items} and {n} more</extracomment>
        <translation>
            <numerusform>{items} ve {n} tane daha</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Programme Countries</source>
        <extracomment>{eligible} of the rules templates ('from {eligible}', 'established in {eligible}', 'outside {eligible}'): the form your templates need (German: dative plural).</extracomment>
        <translation>Program Ülkeleri</translation>
    </message>
    <message>
        <source>a Programme Country</source>
        <extracomment>{eligible_one} of the rules templates ('established in {eligible_one}', 'from {eligible_one}').</extracomment>
        <translation>Program Ülkesi</translation>
    </message>
    <message>
        <source>EU Member States or associated countries</source>
        <extracomment>{eligible} of the rules templates, 2021+ calls.</extracomment>
        <translation>AB Üye Devletleri veya Programla ilişkili üçüncü ülkeler</translation>
    </message>
    <message>
        <source>an EU Member State or associated country</source>
        <extracomment>{eligible_one} of the rules templates, 2021+ calls.</extracomment>
        <translation>AB Üye Devleti veya Programla ilişkili üçüncü ülke</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <extracomment>A written date, e.g. the application deadline.</extracomment>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Ocak</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Şubat</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Mart</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Nisan</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mayıs</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Haziran</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Temmuz</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Ağustos</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Eylül</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Ekim</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Kasım</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Aralık</translation>
    </message>
    <message>
        <source>School / general education (pre-primary to upper secondary)</source>
        <translation>Okul / genel eğitim (okul öncesinden ortaöğretimin sonuna)</translation>
    </message>
    <message>
        <source>Vocational education and training provider</source>
        <translation>Mesleki eğitim ve öğretim sağlayıcısı</translation>
    </message>
    <message>
        <source>Higher education institution (HEI)</source>
        <translation>Yükseköğretim kurumu</translation>
    </message>
    <message>
        <source>Adult education provider</source>
        <translation>Yetişkin eğitimi sağlayıcısı</translation>
    </message>
    <message>
        <source>Youth organisation or youth council</source>
        <translation>Gençlik kuruluşu veya gençlik meclisi</translation>
    </message>
    <message>
        <source>Informal group of young people</source>
        <translation>Gayriresmî gençlik grubu</translation>
    </message>
    <message>
        <source>Small or medium-sized enterprise</source>
        <translation>Küçük veya orta ölçekli işletme (KOBİ)</translation>
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
        <source>Local public body (municipality, local school authority)</source>
        <translation>Yerel kamu kurumu (belediye, yerel eğitim müdürlüğü)</translation>
    </message>
    <message>
        <source>Regional public body (incl. regional school authority)</source>
        <translation>Bölgesel kamu kurumu (bölgesel eğitim otoritesi dahil)</translation>
    </message>
    <message>
        <source>National public body (ministry, government agency)</source>
        <translation>Ulusal kamu kurumu (bakanlık, devlet kurumu)</translation>
    </message>
    <message>
        <source>Non-governmental organisation / association</source>
        <translation>Sivil toplum kuruluşu / dernek</translation>
    </message>
    <message>
        <source>European NGO or EU-wide network</source>
        <translation>Avrupa STK'sı veya AB çapında ağ</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Vakıf</translation>
    </message>
    <message>
        <source>Research institute / centre</source>
        <translation>Araştırma enstitüsü / merkezi</translation>
    </message>
    <message>
        <source>Social partner: chamber of commerce, industry or crafts, trade union, employers' or trade association</source>
        <translation>Sosyal ortak: ticaret, sanayi veya esnaf odası, sendika, işveren veya meslek örgütü</translation>
    </message>
    <message>
        <source>Accreditation, certification or qualification body</source>
        <translation>Akreditasyon, belgelendirme veya yeterlilik kurumu</translation>
    </message>
    <message>
        <source>Career guidance, counselling or information service</source>
        <translation>Kariyer rehberliği, danışmanlık veya bilgilendirme hizmeti</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Diğer kuruluş</translation>
    </message>
    <message>
        <source>Applicant (coordinator)</source>
        <translation>Başvuru sahibi (koordinatör)</translation>
    </message>
    <message>
        <source>Full partner</source>
        <translation>Tam ortak</translation>
    </message>
    <message>
        <source>Associated partner</source>
        <translation>İlişkili ortak</translation>
    </message>
    <message>
        <source>Affiliated entity</source>
        <translation>Bağlı kuruluş</translation>
    </message>
    <message>
        <source>School education</source>
        <translation>Okul eğitimi</translation>
    </message>
    <message>
        <source>Vocational education and training</source>
        <translation>Mesleki eğitim ve öğretim</translation>
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
        <source>Youth</source>
        <translation>Gençlik</translation>
    </message>
    <message>
        <source>Flemish Community</source>
        <translation>Flaman Topluluğu</translation>
    </message>
    <message>
        <source>French Community</source>
        <translation>Fransız Topluluğu</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Almanca Konuşan Topluluk</translation>
    </message>
    <message>
        <source>a school</source>
        <translation>bir okul</translation>
    </message>
    <message>
        <source>a university or other higher education institution</source>
        <translation>bir üniversite veya başka bir yükseköğretim kurumu</translation>
    </message>
    <message>
        <source>a VET college or other vocational education and training provider</source>
        <translation>bir meslek okulu veya başka bir mesleki eğitim ve öğretim sağlayıcısı</translation>
    </message>
    <message>
        <source>a small, medium or large enterprise (social enterprises count)</source>
        <translation>küçük, orta veya büyük ölçekli bir işletme (sosyal işletmeler de sayılır)</translation>
    </message>
    <message>
        <source>an enterprise, a chamber or a trade association of the sector</source>
        <translation>sektörden bir işletme, oda veya meslek birliği</translation>
    </message>
    <message>
        <source>an enterprise, a chamber, a trade union or a trade association</source>
        <translation>bir işletme, oda, sendika veya meslek birliği</translation>
    </message>
    <message>
        <source>a school, VET provider, higher education institution or adult education provider</source>
        <translation>bir okul, mesleki eğitim sağlayıcısı, yükseköğretim kurumu veya yetişkin eğitimi sağlayıcısı</translation>
    </message>
    <message>
        <source>a public authority or a qualification body responsible for education and training</source>
        <translation>eğitim ve öğretimden sorumlu bir kamu otoritesi veya yeterlilik kurumu</translation>
    </message>
    <message>
        <source>a local, regional or national public body</source>
        <translation>yerel, bölgesel veya ulusal bir kamu kurumu</translation>
    </message>
    <message>
        <source>a youth organisation or a group of young people</source>
        <translation>bir gençlik kuruluşu veya bir gençlik grubu</translation>
    </message>
    <message>
        <source>Programme Country</source>
        <translation>Program Ülkesi</translation>
    </message>
    <message>
        <source>Partner Country</source>
        <translation>Ortak Ülke</translation>
    </message>
    <message>
        <source>EU Member State</source>
        <translation>AB Üye Devleti</translation>
    </message>
    <message>
        <source>third country associated to the Programme</source>
        <translation>Programla ilişkili üçüncü ülke</translation>
    </message>
    <message>
        <source>third country not associated to the Programme</source>
        <translation>Programla ilişkili olmayan üçüncü ülke</translation>
    </message>
    <message numerus="yes">
        <source>school</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: schools</extracomment>
        <translation>
            <numerusform>okul</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>higher education institution</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: higher education institutions</extracomment>
        <translation>
            <numerusform>yükseköğretim kurumu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>VET provider</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: VET providers</extracomment>
        <translation>
            <numerusform>mesleki eğitim sağlayıcısı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>enterprise</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: enterprises</extracomment>
        <translation>
            <numerusform>işletme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>enterprise, industry or sector representative</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: enterprises, industry or sector representatives</extracomment>
        <translation>
            <numerusform>işletme, sanayi veya sektör temsilcisi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>labour-market actor</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: labour-market actors</extracomment>
        <translation>
            <numerusform>işgücü piyasası aktörü</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>education and training provider</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: education and training providers</extracomment>
        <translation>
            <numerusform>eğitim ve öğretim sağlayıcısı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>body with a regulatory function</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: bodies with a regulatory function</extracomment>
        <translation>
            <numerusform>düzenleyici işleve sahip kurum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>public body</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: public bodies</extracomment>
        <translation>
            <numerusform>kamu kurumu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>youth organisation or group</source>
        <extracomment>Without the number: it follows {min} or stands alone. English plural: youth organisations or groups</extracomment>
        <translation>
            <numerusform>gençlik kuruluşu veya grubu</numerusform>
        </translation>
    </message>
    <message>
        <source>Action open in the call year</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Çağrı yılında açık eylem</translation>
    </message>
    <message>
        <source>Affiliated entities before 2021</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>2021 öncesi bağlı kuruluşlar</translation>
    </message>
    <message>
        <source>Affiliated entities linked to a full partner</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Tam ortağa bağlı bağlı kuruluşlar</translation>
    </message>
    <message>
        <source>Applicant's country</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Başvuru sahibinin ülkesi</translation>
    </message>
    <message>
        <source>Applicant established long enough</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Başvuru sahibinin kuruluş süresi</translation>
    </message>
    <message>
        <source>Associated partners that could count</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Sayılabilecek iştirakçi ortaklar</translation>
    </message>
    <message>
        <source>Countries covered</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Kapsanan ülkeler</translation>
    </message>
    <message>
        <source>Organisations entered twice</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>İki kez girilen kuruluşlar</translation>
    </message>
    <message>
        <source>Project duration</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Proje süresi</translation>
    </message>
    <message>
        <source>Duration beyond 24 months</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>24 ayı aşan süre</translation>
    </message>
    <message>
        <source>Erasmus Charter for Higher Education</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Yükseköğretim için Erasmus Beyannamesi</translation>
    </message>
    <message>
        <source>No charter needed outside eligible countries</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Uygun ülkeler dışında beyanname gerekmez</translation>
    </message>
    <message>
        <source>Excluded countries</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Hariç tutulan ülkeler</translation>
    </message>
    <message>
        <source>Field of the action</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Eylemin alanı</translation>
    </message>
    <message>
        <source>Registration identifiers present</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Kayıt numaraları mevcut</translation>
    </message>
    <message>
        <source>Lot of the call</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Çağrının lotu</translation>
    </message>
    <message>
        <source>Largest number of organisations</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>En fazla kuruluş sayısı</translation>
    </message>
    <message>
        <source>Smallest number of countries</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>En az ülke sayısı</translation>
    </message>
    <message>
        <source>Education and training providers</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Eğitim ve öğretim kurumları</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>İşletmeler</translation>
    </message>
    <message>
        <source>EU Member States among the countries</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Ülkeler arasında AB Üye Devletleri</translation>
    </message>
    <message>
        <source>Higher education institutions</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Yükseköğretim kurumları</translation>
    </message>
    <message>
        <source>Labour-market actors</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>İşgücü piyasası aktörleri</translation>
    </message>
    <message>
        <source>Smallest number of organisations</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>En az kuruluş sayısı</translation>
    </message>
    <message>
        <source>Enterprises and sector representatives</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>İşletmeler ve sektör temsilcileri</translation>
    </message>
    <message>
        <source>VET providers</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Mesleki eğitim kurumları</translation>
    </message>
    <message>
        <source>Non-associated countries only as associated partners</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>İlişkili olmayan ülkeler yalnızca iştirakçi ortak olarak</translation>
    </message>
    <message>
        <source>Organisations that do not count</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Sayılmayan kuruluşlar</translation>
    </message>
    <message>
        <source>Identifiers well formed</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Numaralar doğru biçimde</translation>
    </message>
    <message>
        <source>Only eligible countries</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Yalnızca uygun ülkeler</translation>
    </message>
    <message>
        <source>Only Programme Countries</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Yalnızca Program Ülkeleri</translation>
    </message>
    <message>
        <source>Only schools</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Yalnızca okullar</translation>
    </message>
    <message>
        <source>VET provider and employer in every country</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Her ülkede mesleki eğitim kurumu ve işveren</translation>
    </message>
    <message>
        <source>Public bodies as labour-market actors</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>İşgücü piyasası aktörü olarak kamu kurumları</translation>
    </message>
    <message>
        <source>Exactly one applicant</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Tam olarak bir başvuru sahibi</translation>
    </message>
    <message>
        <source>The trio in every country</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Her ülkede üçlü</translation>
    </message>
    <message>
        <source>Project type</source>
        <extracomment>A rule's short title in Help ▸ Rules.</extracomment>
        <translation>Proje türü</translation>
    </message>
    <message>
        <source>Strategic Partnerships</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Stratejik Ortaklıklar</translation>
    </message>
    <message>
        <source>Cooperation between organisations from Programme Countries to develop, transfer or implement innovative practices; applied for at the National Agency of the applicant's country.</source>
        <extracomment>One-line description of Strategic Partnerships, under the action picker.</extracomment>
        <translation>Program Ülkelerindeki kuruluşlar arasında yenilikçi uygulamaları geliştirmek, aktarmak veya hayata geçirmek için iş birliği; başvuru, başvuru sahibinin ülkesindeki Ulusal Ajansa yapılır.</translation>
    </message>
    <message>
        <source>Supporting innovation</source>
        <extracomment>A lot or project type of Strategic Partnerships.</extracomment>
        <translation>Yeniliğin desteklenmesi</translation>
    </message>
    <message>
        <source>Supporting exchange of good practices</source>
        <extracomment>A lot or project type of Strategic Partnerships.</extracomment>
        <translation>İyi uygulama değişiminin desteklenmesi</translation>
    </message>
    <message>
        <source>School-to-school Strategic Partnerships</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Okullar Arası Stratejik Ortaklıklar</translation>
    </message>
    <message>
        <source>Strategic Partnerships between schools only; the coordinating school applies and each school signs its own grant agreement with its National Agency.</source>
        <extracomment>One-line description of School-to-school Strategic Partnerships, under the action picker.</extracomment>
        <translation>Yalnızca okullar arasında Stratejik Ortaklıklar; başvuruyu koordinatör okul yapar ve her okul kendi Ulusal Ajansı ile kendi hibe sözleşmesini imzalar.</translation>
    </message>
    <message>
        <source>School Exchange Partnerships</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Okul Değişim Ortaklıkları</translation>
    </message>
    <message>
        <source>Exchanges of pupils and staff between 2 to 6 schools from Programme Countries; the coordinating school applies on behalf of all.</source>
        <extracomment>One-line description of School Exchange Partnerships, under the action picker.</extracomment>
        <translation>Program Ülkelerindeki 2 ila 6 okul arasında öğrenci ve personel değişimi; başvuruyu tüm okullar adına koordinatör okul yapar.</translation>
    </message>
    <message>
        <source>Partnerships for Digital Education Readiness</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Dijital Eğitime Hazırlık Ortaklıkları</translation>
    </message>
    <message>
        <source>The 2020 additional call (COVID-19) for digital education in schools, VET and higher education; applied for at the National Agency.</source>
        <extracomment>One-line description of Partnerships for Digital Education Readiness, under the action picker.</extracomment>
        <translation>Okul eğitimi, mesleki eğitim ve yükseköğretimde dijital eğitim için 2020 ek teklif çağrısı (COVID-19); başvuru Ulusal Ajansa yapılır.</translation>
    </message>
    <message>
        <source>Partnerships for Creativity</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Yaratıcılık Ortaklıkları</translation>
    </message>
    <message>
        <source>The 2020 additional call (COVID-19) for creativity and culture in school, adult education and youth; applied for at the National Agency.</source>
        <extracomment>One-line description of Partnerships for Creativity, under the action picker.</extracomment>
        <translation>Okul eğitimi, yetişkin eğitimi ve gençlik alanlarında yaratıcılık ve kültür için 2020 ek teklif çağrısı (COVID-19); başvuru Ulusal Ajansa yapılır.</translation>
    </message>
    <message>
        <source>Knowledge Alliances</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Bilgi Ortaklıkları</translation>
    </message>
    <message>
        <source>Structured, result-driven projects that bridge higher education and business to strengthen Europe's capacity for innovation; applied for at the executive agency in Brussels.</source>
        <extracomment>One-line description of Knowledge Alliances, under the action picker.</extracomment>
        <translation>Avrupa'nın yenilik kapasitesini güçlendirmek için yükseköğretim ile iş dünyası arasında köprü kuran, yapılandırılmış ve sonuç odaklı projeler; başvuru Brüksel'deki Yürütme Ajansına yapılır.</translation>
    </message>
    <message>
        <source>Sector Skills Alliances</source>
        <extracomment>Action name (2014-2020 programme).</extracomment>
        <translation>Sektörel Beceri Ortaklıkları</translation>
    </message>
    <message>
        <source>Alliances that make vocational education and training respond to the skills needs of one economic sector (the seed's 'Sector Skills Partnerships'); applied for at the executive agency in Brussels.</source>
        <extracomment>One-line description of Sector Skills Alliances, under the action picker.</extracomment>
        <translation>Mesleki eğitimi bir ekonomik sektörün beceri ihtiyaçlarına göre uyarlayan ittifaklar (kaynak belgedeki “Sektörel Beceri Ortaklıkları”); başvuru Brüksel'deki Yürütme Ajansına yapılır.</translation>
    </message>
    <message>
        <source>Skills needs identification</source>
        <extracomment>A lot or project type of Sector Skills Alliances.</extracomment>
        <translation>Beceri ihtiyaçlarının belirlenmesi</translation>
    </message>
    <message>
        <source>Design and delivery of VET</source>
        <extracomment>A lot or project type of Sector Skills Alliances.</extracomment>
        <translation>Mesleki eğitimin tasarımı ve sunumu</translation>
    </message>
    <message>
        <source>Blueprint for sectoral cooperation on skills</source>
        <extracomment>A lot or project type of Sector Skills Alliances.</extracomment>
        <translation>Beceriler alanında sektörel işbirliği planı (Blueprint)</translation>
    </message>
    <message>
        <source>Centres of Vocational Excellence (pilot)</source>
        <extracomment>A lot or project type of Sector Skills Alliances.</extracomment>
        <translation>Mesleki Mükemmeliyet Merkezleri (pilot)</translation>
    </message>
    <message>
        <source>Cooperation Partnerships</source>
        <extracomment>Action name (2021-2027 programme).</extracomment>
        <translation>İşbirliği Ortaklıkları</translation>
    </message>
    <message>
        <source>Partnerships of at least three organisations from three EU Member States or associated countries that improve quality and innovation; National Agency of the applicant, or the executive agency for European NGOs.</source>
        <extracomment>One-line description of Cooperation Partnerships, under the action picker.</extracomment>
        <translation>Kaliteyi ve yeniliği geliştiren, üç AB Üye Devleti veya Programla ilişkili üçüncü ülkeden en az üç kuruluşun ortaklıkları; başvuru sahibinin Ulusal Ajansı ya da Avrupa STK'ları için Yürütme Ajansı.</translation>
    </message>
    <message>
        <source>Small-scale Partnerships</source>
        <extracomment>Action name (2021-2027 programme).</extracomment>
        <translation>Küçük Ölçekli Ortaklıklar</translation>
    </message>
    <message>
        <source>Smaller partnerships of at least two organisations from two EU Member States or associated countries, for newcomers and grassroots organisations; no higher education.</source>
        <extracomment>One-line description of Small-scale Partnerships, under the action picker.</extracomment>
        <translation>Yeni başlayanlar ve yerel kuruluşlar için, iki AB Üye Devleti veya Programla ilişkili üçüncü ülkeden en az iki kuruluşun daha küçük ortaklıkları; yükseköğretim alanı yoktur.</translation>
    </message>
    <message>
        <source>Alliances for Innovation</source>
        <extracomment>Action name (2021-2027 programme).</extracomment>
        <translation>İnovasyon İttifakları</translation>
    </message>
    <message>
        <source>Alliances of education and training providers with labour-market actors that boost innovation and close skills gaps (successor of Knowledge and Sector Skills Alliances); applied for at the executive agency.</source>
        <extracomment>One-line description of Alliances for Innovation, under the action picker.</extracomment>
        <translation>Yeniliği destekleyen ve beceri açıklarını kapatan, eğitim ve öğretim kurumları ile işgücü piyasası aktörlerinin ittifakları (Bilgi İttifakları ve Sektörel Beceri İttifaklarının devamı); başvuru Yürütme Ajansına yapılır.</translation>
    </message>
    <message>
        <source>Lot 1: Alliances for Education and Enterprises</source>
        <extracomment>A lot or project type of Alliances for Innovation.</extracomment>
        <translation>Lot 1: Eğitim ve İşletmeler için İttifaklar</translation>
    </message>
    <message>
        <source>Lot 2: Alliances for Sectoral Cooperation on Skills (Blueprint)</source>
        <extracomment>A lot or project type of Alliances for Innovation.</extracomment>
        <translation>Lot 2: Beceriler alanında Sektörel İşbirliği için İttifaklar (Blueprint)</translation>
    </message>
    <message>
        <source>Lot 3: STEM Skills Foundries</source>
        <extracomment>A lot or project type of Alliances for Innovation.</extracomment>
        <translation>Lot 3: STEM Beceri Atölyeleri</translation>
    </message>
    <message>
        <source>Centres of Vocational Excellence</source>
        <extracomment>Action name (2021-2027 programme).</extracomment>
        <translation>Mesleki Mükemmeliyet Merkezleri</translation>
    </message>
    <message>
        <source>Transnational partnerships for excellence in vocational education and training, bringing together VET providers and employers in every participating country; applied for at the executive agency.</source>
        <extracomment>One-line description of Centres of Vocational Excellence, under the action picker.</extracomment>
        <translation>Her katılımcı ülkede mesleki eğitim kurumlarını ve işverenleri bir araya getiren, mesleki eğitimde mükemmeliyet için ulusötesi ortaklıklar; başvuru Yürütme Ajansına yapılır.</translation>
    </message>
</context>
<context>
    <name>agency</name>
    <message>
        <source>school education</source>
        <translation>okul eğitimi</translation>
    </message>
    <message>
        <source>vocational education and training</source>
        <translation>mesleki eğitim ve öğretim</translation>
    </message>
    <message>
        <source>higher education</source>
        <translation>yükseköğretim</translation>
    </message>
    <message>
        <source>adult education</source>
        <translation>yetişkin eğitimi</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>gençlik</translation>
    </message>
    <message>
        <source>the Flemish Community's National Agency</source>
        <translation>Flaman Topluluğu Ulusal Ajansına</translation>
    </message>
    <message>
        <source>the French Community's National Agency</source>
        <translation>Fransız Topluluğu Ulusal Ajansına</translation>
    </message>
    <message>
        <source>the German-speaking Community's National Agency</source>
        <translation>Almanca Konuşan Topluluk Ulusal Ajansına</translation>
    </message>
    <message>
        <source>the Flemish Community</source>
        <translation>Flaman Topluluğuna</translation>
    </message>
    <message>
        <source>the French Community</source>
        <translation>Fransız Topluluğuna</translation>
    </message>
    <message>
        <source>the German-speaking Community</source>
        <translation>Almanca Konuşan Topluluğa</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>{action} are decentralised: the applicant is established in {country}, where the agency depends on the applicant's language community, so the application goes to {community_agency} for {field} unless the applicant belongs to {other_communities}; choose the community to decide.</source>
        <translation>{action} merkezi olmayan eylemlerdir: başvuru sahibinin ülkesinde ({country}) ajans, başvuru sahibinin dil topluluğuna göre belirlenir; bu nedenle başvuru sahibi {other_communities} mensup değilse başvuru {field} alanı için {community_agency} yapılır; karar vermek için topluluğu seçin.</translation>
    </message>
    <message>
        <source>{action} are decentralised: the applicant is established in {country} ({community}), so the application goes to the National Agency there responsible for {field}</source>
        <translation>{action} merkezi olmayan eylemlerdir: başvuru, başvuru sahibinin ülkesindeki ({country}, {community}) {field} alanından sorumlu Ulusal Ajansa yapılır</translation>
    </message>
    <message>
        <source>{action} are decentralised: the applicant is established in {country}, so the application goes to the National Agency there responsible for {field}</source>
        <translation>{action} merkezi olmayan eylemlerdir: başvuru, başvuru sahibinin ülkesindeki ({country}) {field} alanından sorumlu Ulusal Ajansa yapılır</translation>
    </message>
    <message>
        <source>; this assignment is unconfirmed, so check it with the agency</source>
        <translation>; bu görevlendirme doğrulanmamıştır, ajansla teyit edin</translation>
    </message>
    <message>
        <source>Erasmus+ calls run from {first} to {last}, so no agency takes applications to a {year} call.</source>
        <translation>Erasmus+ teklif çağrıları {first}–{last} yılları arasındadır; bu nedenle hiçbir ajans {year} teklif çağrısı için başvuru kabul etmez.</translation>
    </message>
    <message>
        <source>{action} are centralised: proposals go to the executive agency in Brussels.</source>
        <translation>{action} merkezi eylemlerdir: teklifler Brüksel'deki Yürütme Ajansına sunulur.</translation>
    </message>
    <message>
        <source>{action} submitted by European NGOs go to the executive agency in Brussels through the Funding &amp; Tenders Portal, not to a National Agency.</source>
        <translation>Avrupa STK'larının sunduğu {action} başvuruları bir Ulusal Ajansa değil, Funding &amp; Tenders Portalı üzerinden Brüksel'deki Yürütme Ajansına yapılır.</translation>
    </message>
    <message>
        <source>No applicant yet: the agency follows from the applicant's country.</source>
        <translation>Henüz başvuru sahibi yok: ajans, başvuru sahibinin ülkesine göre belirlenir.</translation>
    </message>
    <message>
        <source>{code} is not a country code, so the applicant's National Agency is unknown.</source>
        <translation>{code} bir ülke kodu değil; bu nedenle başvuru sahibinin Ulusal Ajansı bilinmiyor.</translation>
    </message>
    <message>
        <source>{country} is not a Programme Country in the {year} call, so no National Agency there can take the application; the applicant must be established in a Programme Country.</source>
        <translation>Başvuru sahibinin ülkesi ({country}) {year} teklif çağrısında Program Ülkesi değildir; bu nedenle oradaki hiçbir Ulusal Ajans başvuruyu kabul edemez; başvuru sahibi bir Program Ülkesinde kurulu olmalıdır.</translation>
    </message>
    <message>
        <source>{country} is not an EU Member State or associated country in the {year} call, so no National Agency there can take the application; the applicant must be established in an EU Member State or associated country.</source>
        <translation>Başvuru sahibinin ülkesi ({country}) {year} teklif çağrısında AB Üye Devleti veya Programla ilişkili üçüncü ülke değildir; bu nedenle oradaki hiçbir Ulusal Ajans başvuruyu kabul edemez; başvuru sahibi bir AB Üye Devletinde veya Programla ilişkili üçüncü ülkede kurulu olmalıdır.</translation>
    </message>
    <message>
        <source>No field chosen: in {country} the National Agency depends on the field ({fields}).</source>
        <translation>Alan seçilmedi: başvuru sahibinin ülkesinde ({country}) Ulusal Ajans alana göre belirlenir — {fields}.</translation>
    </message>
    <message>
        <source>{field} is not a field; the National Agency is chosen by one of {fields}.</source>
        <translation>{field} bir alan değil; Ulusal Ajans şu alanlardan birine göre seçilir: {fields}.</translation>
    </message>
    <message>
        <source>{community} is not a Belgian language community; use one of {communities}.</source>
        <translation>{community} bir Belçika dil topluluğu değil; şunlardan birini kullanın: {communities}.</translation>
    </message>
    <message>
        <source>The agency directory has no National Agency in {country} for {field}.</source>
        <translation>Ajans rehberinde başvuru sahibinin ülkesi ({country}) için {field} alanında Ulusal Ajans yok.</translation>
    </message>
    <message>
        <source>The agency directory has no Belgian agency for {field} in that community.</source>
        <translation>Ajans rehberinde bu topluluk için {field} alanında Belçika ajansı yok.</translation>
    </message>
    <message>
        <source>; responsibility changed hands on a date that is uncertain or falls within the {year} call, so the other agency is listed with the calls covered</source>
        <translation>; sorumluluk belirsiz bir tarihte veya {year} teklif çağrısı sırasında el değiştirdi, bu nedenle diğer ajans kapsadığı teklif çağrılarıyla birlikte listelenmiştir</translation>
    </message>
    <message>
        <source>; responsibility changed hands on a date that is uncertain or falls within the {year} call, so the other agencies are listed with the calls covered</source>
        <translation>; sorumluluk belirsiz bir tarihte veya {year} teklif çağrısı sırasında el değiştirdi, bu nedenle diğer ajanslar kapsadıkları teklif çağrılarıyla birlikte listelenmiştir</translation>
    </message>
    <message>
        <source>{first}–{last} calls</source>
        <translation>{first}–{last} teklif çağrıları</translation>
    </message>
    <message>
        <source>the {first}–{last} calls</source>
        <translation>{first}–{last} teklif çağrılarını</translation>
    </message>
    <message>
        <source>The agency directory has no executive agency for the {year} call.</source>
        <translation>Ajans rehberinde {year} teklif çağrısı için Yürütme Ajansı yok.</translation>
    </message>
    <message>
        <source>{country} has no National Agency for {field} in the {year} call ({names} covers {spans}), so the application cannot be submitted there.</source>
        <translation>Başvuru sahibinin ülkesinde ({country}) {year} teklif çağrısında {field} alanı için Ulusal Ajans yok ({names}, {spans} kapsar); bu nedenle başvuru orada yapılamaz.</translation>
    </message>
    <message>
        <source>{year} call</source>
        <translation>{year} teklif çağrısı</translation>
    </message>
    <message>
        <source>the {year} call</source>
        <translation>{year} teklif çağrısını</translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>Joins spans of calls: 'the 2014 call and the 2017–2020 calls'.</extracomment>
        <translation> ve </translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Joins the language communities after 'belongs to' (French repeats the preposition).</extracomment>
        <translation> veya </translation>
    </message>
    <message>
        <source>Several organisations are marked as applicant: the agency follows from the country of the one that applies.</source>
        <translation>Birden fazla kuruluş başvuru sahibi olarak işaretlenmiş: ajans, başvuruyu yapan kuruluşun ülkesine göre belirlenir.</translation>
    </message>
    <message>
        <source>'s-Hertogenbosch</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>’s-Hertogenbosch</translation>
    </message>
    <message>
        <source>Ankara</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Ankara</translation>
    </message>
    <message>
        <source>Athens</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Atina</translation>
    </message>
    <message>
        <source>Belgrade</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Belgrad</translation>
    </message>
    <message>
        <source>Bergen</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Bergen</translation>
    </message>
    <message>
        <source>Birmingham</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Birmingham</translation>
    </message>
    <message>
        <source>Bonn</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Bonn</translation>
    </message>
    <message>
        <source>Bordeaux</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Bordeaux</translation>
    </message>
    <message>
        <source>Braga</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Braga</translation>
    </message>
    <message>
        <source>Bratislava</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Bratislava</translation>
    </message>
    <message>
        <source>Brussels</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Brüksel</translation>
    </message>
    <message>
        <source>Bucharest</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Bükreş</translation>
    </message>
    <message>
        <source>Budapest</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Budapeşte</translation>
    </message>
    <message>
        <source>Copenhagen</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Kopenhag</translation>
    </message>
    <message>
        <source>Dublin</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Dublin</translation>
    </message>
    <message>
        <source>Eupen</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Eupen</translation>
    </message>
    <message>
        <source>Florence</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Floransa</translation>
    </message>
    <message>
        <source>Helsinki</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Helsinki</translation>
    </message>
    <message>
        <source>Lisbon</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Lizbon</translation>
    </message>
    <message>
        <source>Ljubljana</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Ljubljana</translation>
    </message>
    <message>
        <source>London</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Londra</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Lüksemburg</translation>
    </message>
    <message>
        <source>Madrid</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Madrid</translation>
    </message>
    <message>
        <source>Nicosia</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Lefkoşa</translation>
    </message>
    <message>
        <source>Oslo</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Oslo</translation>
    </message>
    <message>
        <source>Paris</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Paris</translation>
    </message>
    <message>
        <source>Prague</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Prag</translation>
    </message>
    <message>
        <source>Reykjavík</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Reykjavik</translation>
    </message>
    <message>
        <source>Riga</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Rome</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Roma</translation>
    </message>
    <message>
        <source>Schaan</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Schaan</translation>
    </message>
    <message>
        <source>Skopje</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Üsküp</translation>
    </message>
    <message>
        <source>Sofia</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Sofya</translation>
    </message>
    <message>
        <source>Stockholm</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Stockholm</translation>
    </message>
    <message>
        <source>Tallinn</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Tallinn</translation>
    </message>
    <message>
        <source>The Hague</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Lahey</translation>
    </message>
    <message>
        <source>Utrecht</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Utrecht</translation>
    </message>
    <message>
        <source>Valletta</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Valletta</translation>
    </message>
    <message>
        <source>Vienna</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Viyana</translation>
    </message>
    <message>
        <source>Vilnius</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Vilnius</translation>
    </message>
    <message>
        <source>Växjö</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Växjö</translation>
    </message>
    <message>
        <source>Warsaw</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Varşova</translation>
    </message>
    <message>
        <source>Zagreb</source>
        <extracomment>A city where an agency sits: its usual name in your language.</extracomment>
        <translation>Zagreb</translation>
    </message>
    <message>
        <source>ONEK's Erasmus+ site describes the 2021+ youth partnerships as its own, while IDEP says it now manages Erasmus+ Youth; the transfer is undated.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>ONEK'in Erasmus+ sitesi 2021 ve sonrası gençlik ortaklıklarını kendi işi olarak tanıtırken IDEP artık Erasmus+ Gençlik programını yönettiğini belirtiyor; devrin tarihi yok.</translation>
    </message>
    <message>
        <source>IDEP's own page says it manages Erasmus+ Youth; when it took over from ONEK is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>IDEP kendi sayfasında Erasmus+ Gençlik programını yönettiğini belirtiyor; görevi ONEK'ten ne zaman devraldığı doğrulanmamıştır.</translation>
    </message>
    <message>
        <source>Handed Erasmus+ over to HARNO during 2021; the date is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Erasmus+ programını 2021 yılı içinde HARNO'ya devretti; tarih doğrulanmamıştır.</translation>
    </message>
    <message>
        <source>Took Erasmus+ over from Archimedes during 2021; the date is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Erasmus+ programını 2021 yılı içinde Archimedes'ten devraldı; tarih doğrulanmamıştır.</translation>
    </message>
    <message>
        <source>Youth field from Jan 2014 until its move to Rannís; the date of the move is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Ocak 2014'ten Rannís'e geçişine kadar gençlik alanı; geçiş tarihi doğrulanmamıştır.</translation>
    </message>
    <message>
        <source>Took the youth field over from UMFÍ on an unconfirmed date before the 2021 call.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Gençlik alanını 2021 teklif çağrısından önce, doğrulanmamış bir tarihte UMFÍ'den devraldı.</translation>
    </message>
    <message>
        <source>Youth field until at least Dec 2020, then merged into JRA by 2023; the date is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>En az Aralık 2020'ye kadar gençlik alanı, ardından 2023'e kadar JRA ile birleşti; tarih doğrulanmamıştır.</translation>
    </message>
    <message>
        <source>Youth field by 2023; the date it took over from JTBA is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>En geç 2023'ten itibaren gençlik alanı; JTBA'dan devraldığı tarih doğrulanmamıştır.</translation>
    </message>
    <message>
        <source>Youth field from Jan 2014 until its move to Anefore; the date of the move is unconfirmed.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Ocak 2014'ten Anefore'a geçişine kadar gençlik alanı; geçiş tarihi doğrulanmamıştır.</translation>
    </message>
    <message>
        <source>Took the youth field over from SNJ on an unconfirmed date, possibly before the 2021 call.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>Gençlik alanını doğrulanmamış bir tarihte, muhtemelen 2021 teklif çağrısından önce SNJ'den devraldı.</translation>
    </message>
    <message>
        <source>Youth field until 30 Jun 2022 (it ran the 2021 and early 2022 youth calls).</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>30 Haziran 2022'ye kadar gençlik alanı (2021 ve 2022 başı gençlik teklif çağrılarını yürüttü).</translation>
    </message>
    <message>
        <source>Youth field from 1 Jul 2022, when it absorbed IUVENTA.</source>
        <extracomment>A note on an agency, printed when responsibility changed within a call.</extracomment>
        <translation>IUVENTA'yı bünyesine kattığı 1 Temmuz 2022'den itibaren gençlik alanı.</translation>
    </message>
</context>
<context>
    <name>calls</name>
    <message>
        <source>unconfirmed</source>
        <translation>doğrulanmadı</translation>
    </message>
    <message numerus="yes">
        <source>{n} day left</source>
        <extracomment>English plural: {n} days left</extracomment>
        <translation>
            <numerusform>{n} gün kaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Son başvuru:</translation>
    </message>
    <message>
        <source>Submit:</source>
        <translation>Başvuru yolu:</translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation>Hibe:</translation>
    </message>
    <message>
        <source>the eForm, submitted online to the National Agency</source>
        <translation>eForm, Ulusal Ajansa çevrim içi gönderilir</translation>
    </message>
    <message>
        <source>the eForm, submitted online to the executive agency (EACEA)</source>
        <translation>eForm, yürütme ajansına (EACEA) çevrim içi gönderilir</translation>
    </message>
    <message>
        <source>the National Agency's web form, signed in with the organisation's OID</source>
        <translation>Ulusal Ajansın web formu, kurumun OID'siyle oturum açılarak</translation>
    </message>
    <message>
        <source>the Funding &amp; Tenders Portal, with each organisation's PIC</source>
        <translation>Funding &amp; Tenders Portalı, her kurumun PIC'iyle</translation>
    </message>
    <message>
        <source>closes today</source>
        <translation>bugün kapanıyor</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>kayıtlı değil</translation>
    </message>
    <message>
        <source>no figure found</source>
        <translation>tutar bulunamadı</translation>
    </message>
    <message>
        <source>{items} or {last}</source>
        <translation>{items} veya {last}</translation>
    </message>
    <message>
        <source>{date}, {time} Brussels time (UTC{offset})</source>
        <translation>{date}, Brüksel saatiyle {time} (UTC{offset})</translation>
    </message>
    <message>
        <source>{date}, {time} (UTC{offset})</source>
        <translation>{date}, {time} (UTC{offset})</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>kapandı</translation>
    </message>
    <message>
        <source>no deadline of the {year} call is recorded yet</source>
        <translation>{year} çağrısının son başvuru tarihi henüz kayıtlı değil</translation>
    </message>
    <message>
        <source>the deadlines of the {year} call have passed (the last closed on {date})</source>
        <translation>{year} çağrısının son başvuru tarihleri geçti (sonuncusu {date} tarihinde kapandı)</translation>
    </message>
    <message>
        <source>a lump sum of EUR {amounts}</source>
        <translation>{amounts} EUR götürü tutar</translation>
    </message>
    <message>
        <source>(extended from {date})</source>
        <translation>({date} tarihinden uzatıldı)</translation>
    </message>
    <message>
        <source>round {round} of {count}</source>
        <translation>{count} turdan {round}. tur</translation>
    </message>
    <message>
        <source>EUR {amount} per school and year, at most EUR {max} a year</source>
        <translation>okul ve yıl başına {amount} EUR, yılda en çok {max} EUR</translation>
    </message>
    <message>
        <source>at most {amounts}</source>
        <translation>en çok {amounts}</translation>
    </message>
    <message>
        <source>EUR {max} for {months} months</source>
        <translation>{months} ay için {max} EUR</translation>
    </message>
    <message>
        <source>at most EUR {max} per year of the project</source>
        <translation>proje yılı başına en çok {max} EUR</translation>
    </message>
    <message>
        <source>at most EUR {max} per project</source>
        <translation>proje başına en çok {max} EUR</translation>
    </message>
    <message>
        <source>(EUR {month} per month)</source>
        <translation>(ayda {month} EUR)</translation>
    </message>
    <message>
        <source>Deadline: {text}</source>
        <translation type="vanished">Son başvuru: {text}</translation>
    </message>
    <message>
        <source>Submit: {text}</source>
        <translation type="vanished">Başvuru yolu: {text}</translation>
    </message>
    <message>
        <source>Grant: {text}</source>
        <translation type="vanished">Hibe: {text}</translation>
    </message>
</context>
<context>
    <name>briefing</name>
    <message>
        <source>{plan}: consortium briefing</source>
        <translation>{plan}: konsorsiyum özeti</translation>
    </message>
    <message>
        <source>{target}: agency, eligibility and partners</source>
        <translation>{target}: ajans, uygunluk ve ortaklar</translation>
    </message>
    <message numerus="yes">
        <source>{n} other type</source>
        <extracomment>English plural: {n} other types</extracomment>
        <translation>
            <numerusform>{n} diğer tür</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} other country</source>
        <extracomment>English plural: {n} other countries</extracomment>
        <translation>
            <numerusform>{n} diğer ülke</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisations by type</source>
        <translation>Türe göre kuruluşlar</translation>
    </message>
    <message>
        <source>Organisations by country</source>
        <translation>Ülkeye göre kuruluşlar</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Adsız plan</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Başvuru sahibi</translation>
    </message>
    <message>
        <source>Full partner</source>
        <translation>Tam ortak</translation>
    </message>
    <message>
        <source>Associated partner</source>
        <translation>İlişkili ortak</translation>
    </message>
    <message>
        <source>Affiliated entity</source>
        <translation>Bağlı kuruluş</translation>
    </message>
    <message numerus="yes">
        <source>{n} organisation</source>
        <extracomment>English plural: {n} organisations</extracomment>
        <translation>
            <numerusform>{n} kuruluş</numerusform>
        </translation>
    </message>
    <message>
        <source>ELIGIBLE</source>
        <translation>UYGUN</translation>
    </message>
    <message>
        <source>NOT ELIGIBLE</source>
        <translation>UYGUN DEĞİL</translation>
    </message>
    <message numerus="yes">
        <source>{n} requirement not met</source>
        <extracomment>English plural: {n} requirements not met</extracomment>
        <translation>
            <numerusform>{n} koşul karşılanmadı</numerusform>
        </translation>
    </message>
    <message>
        <source>every requirement is met</source>
        <translation>tüm koşullar karşılanıyor</translation>
    </message>
    <message numerus="yes">
        <source>; {n} warning to review</source>
        <extracomment>English plural: ; {n} warnings to review</extracomment>
        <translation>
            <numerusform>; incelenecek {n} uyarı</numerusform>
        </translation>
    </message>
    <message>
        <source>call {year}</source>
        <translation>{year} teklif çağrısı</translation>
    </message>
    <message>
        <source>Affiliated entity of {partner}</source>
        <translation>{partner} bağlı kuruluşu</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Kuruluşlar</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Ülkeler</translation>
    </message>
    <message>
        <source>Full partners</source>
        <translation>Tam ortaklar</translation>
    </message>
    <message>
        <source>Associated partners</source>
        <translation>İlişkili ortaklar</translation>
    </message>
    <message numerus="yes">
        <source>{n} month</source>
        <extracomment>English plural: {n} months</extracomment>
        <translation>
            <numerusform>{n} ay</numerusform>
        </translation>
    </message>
    <message>
        <source>no {identifier} yet</source>
        <translation>henüz {identifier} yok</translation>
    </message>
    <message>
        <source>Affiliated entities</source>
        <translation>Bağlı kuruluşlar</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Sayfa {page} / {total}</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Kaynak:</translation>
    </message>
    <message>
        <source>The consortium at a glance</source>
        <translation>Bir bakışta konsorsiyum</translation>
    </message>
    <message>
        <source>The title is shortened here; all {count} characters of it are in the plan and in the PDF's document properties.</source>
        <translation>Başlık burada kısaltıldı; {count} karakterin tamamı planda ve PDF'nin belge özelliklerinde yer alıyor.</translation>
    </message>
    <message>
        <source>SUBMIT TO</source>
        <translation>BAŞVURU YERİ</translation>
    </message>
    <message>
        <source>APPLICANT (COORDINATOR)</source>
        <translation>BAŞVURU SAHİBİ (KOORDİNATÖR)</translation>
    </message>
    <message>
        <source>No agency can be named yet</source>
        <translation>Henüz bir ajans belirlenemiyor</translation>
    </message>
    <message>
        <source>ERASMUS+ CONSORTIUM BRIEFING</source>
        <translation>ERASMUS+ KONSORSİYUM ÖZETİ</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>SONUÇ</translation>
    </message>
    <message>
        <source>Call {year}</source>
        <translation>{year} Teklif Çağrısı</translation>
    </message>
    <message>
        <source>No single applicant yet.</source>
        <translation>Henüz tek bir başvuru sahibi yok.</translation>
    </message>
    <message>
        <source>Mark exactly one organisation as the applicant.</source>
        <translation>Tam olarak bir kuruluşu başvuru sahibi olarak işaretleyin.</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>İletişim:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Neden:</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>Veya:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Kuruluş</translation>
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
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>Some letters cannot be drawn by the briefing's font and print as empty boxes</source>
        <translation>Bazı harfler özetin yazı tipinde bulunmadığından boş kutu olarak basılır</translation>
    </message>
    <message>
        <source>Grouped by country, the applicant's country first; the applicant is printed in bold. Applications for this action identify organisations by their {identifier}.</source>
        <translation>Ülkelere göre gruplanmıştır, önce başvuru sahibinin ülkesi gelir; başvuru sahibi kalın yazılmıştır. Bu eylemin başvurularında kuruluşlar {identifier} numaralarıyla tanımlanır.</translation>
    </message>
    <message>
        <source>Partners by country</source>
        <translation>Ülkelere göre ortaklar</translation>
    </message>
    <message>
        <source> in partners {numbers}</source>
        <translation> — {numbers} numaralı ortaklarda</translation>
    </message>
    <message>
        <source>Check those names in the plan.</source>
        <translation>Bu adları planda kontrol edin.</translation>
    </message>
    <message>
        <source>NOT
ELIGIBLE</source>
        <extracomment>Verdict of another action in a narrow column; keep the line break.</extracomment>
        <translation>UYGUN
DEĞİL</translation>
    </message>
    <message>
        <source>What else fits?</source>
        <translation>Başka neler uygun?</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bulgu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Each rule of {target}, checked against the partners below, what to fix first. Statuses are printed as a symbol and a word: {fail}, {warn} (review before submitting), {pass} and {info}.</source>
        <translation>{target} kapsamındaki her kural aşağıdaki ortaklara göre kontrol edildi; önce düzeltilmesi gerekenler en üstte. Durumlar bir simge ve bir sözcükle gösterilir: {fail}, {warn} (başvurudan önce gözden geçirin), {pass} ve {info}.</translation>
    </message>
    <message>
        <source>Sources are cited in English, as the documents they name are written.</source>
        <translation>Kaynaklar, atıfta bulundukları belgelerin dili olan İngilizce ile verilmiştir.</translation>
    </message>
    <message>
        <source>Eligibility checklist</source>
        <translation>Uygunluk kontrol listesi</translation>
    </message>
    <message>
        <source>No rule applies to this plan.</source>
        <translation>Bu plana uygulanan kural yok.</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Eksik olanlar:</translation>
    </message>
    <message>
        <source>Every requirement is met by the same partners.</source>
        <translation>Aynı ortaklar tüm koşulları karşılıyor.</translation>
    </message>
    <message>
        <source>The same partners against other actions of the {year} call, best fits first, with what each still needs.</source>
        <translation>Aynı ortakların {year} teklif çağrısının diğer eylemlerine göre durumu; en uygunlar önce, her birinde hâlâ eksik olanlarla.</translation>
    </message>
    <message>
        <source>No other action of the {year} call is open to this consortium.</source>
        <translation>{year} teklif çağrısının başka hiçbir eylemi bu konsorsiyuma açık değil.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Yapılacaklar:</translation>
    </message>
    <message>
        <source>official source</source>
        <translation>resmî kaynak</translation>
    </message>
    <message>
        <source>National Agency or secondary summary</source>
        <translation>Ulusal Ajans veya ikincil özet</translation>
    </message>
    <message>
        <source>UNCONFIRMED source: not yet verified against the Programme Guide</source>
        <translation>DOĞRULANMAMIŞ kaynak: henüz Program Rehberi ile karşılaştırılmadı</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>UYGUN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <extracomment>Status word in the checklist's narrow first column; a line break splits a long word.</extracomment>
        <translation>UYGUN
DEĞİL</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>UYARI</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>BİLGİ</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="vanished">Son başvuru:</translation>
    </message>
    <message>
        <source>Submit:</source>
        <translation type="vanished">Başvuru yolu:</translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation type="vanished">Hibe:</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>PASS</source>
        <translation>UYGUN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>UYGUN DEĞİL</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>UYARI</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>BİLGİ</translation>
    </message>
    <message>
        <source>official source</source>
        <translation>resmî kaynak</translation>
    </message>
    <message>
        <source>National Agency / secondary summary</source>
        <translation>Ulusal Ajans / ikincil özet</translation>
    </message>
    <message>
        <source>UNCONFIRMED: not yet verified against the Programme Guide</source>
        <translation>DOĞRULANMAMIŞ: henüz Program Rehberi ile karşılaştırılmadı</translation>
    </message>
    <message>
        <source>The same {count} partners against every action of the {year} call, best fits first:</source>
        <translation>Aynı {count} ortağın {year} teklif çağrısındaki her eyleme göre durumu, en uygunlar önce:</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Kontrol listesi:</translation>
    </message>
    <message>
        <source>Verdict: ELIGIBLE — every requirement is met.</source>
        <translation>Sonuç: UYGUN — tüm koşullar karşılanıyor.</translation>
    </message>
    <message numerus="yes">
        <source>Verdict: NOT ELIGIBLE — {n} requirement not met.</source>
        <extracomment>English plural: Verdict: NOT ELIGIBLE — {n} requirements not met.</extracomment>
        <translation>
            <numerusform>Sonuç: UYGUN DEĞİL — {n} koşul karşılanmadı.</numerusform>
        </translation>
    </message>
    <message>
        <source>ELIGIBLE</source>
        <translation>UYGUN</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>uygun değil</translation>
    </message>
    <message>
        <source>{action} are not open in the {year} call (they are open in {years}).</source>
        <translation>{action}: {year} çağrısında açık değil ({years} çağrılarında açık).</translation>
    </message>
    <message>
        <source>call {year}</source>
        <translation>{year} teklif çağrısı</translation>
    </message>
    <message>
        <source>Submit to: no agency can be named</source>
        <translation>Başvuru yeri: henüz bir ajans belirlenemiyor</translation>
    </message>
    <message>
        <source>Submit to: {agency}</source>
        <translation>Başvuru yeri: {agency}</translation>
    </message>
    <message>
        <source>(Sources are cited in English, as the documents they name are written.)</source>
        <translation>(Kaynaklar, atıfta bulundukları belgelerin dili olan İngilizce ile verilmiştir.)</translation>
    </message>
    <message>
        <source>Deadlines of the {year} call (Brussels time):</source>
        <translation>{year} çağrısının son başvuru tarihleri (Brüksel saati):</translation>
    </message>
    <message>
        <source>applications by European NGOs</source>
        <translation>Avrupa STK'larının başvuruları</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Neden: {reason}</translation>
    </message>
    <message>
        <source>No action is open in the {year} call.</source>
        <translation>{year} çağrısında açık eylem yok.</translation>
    </message>
    <message>
        <source>No deadline of this call is recorded yet.</source>
        <translation>Bu çağrının son başvuru tarihi henüz kayıtlı değil.</translation>
    </message>
    <message>
        <source>Each date's source and confidence: erasmus-planner calls --year {year} --json</source>
        <translation>Her tarihin kaynağı ve güvenilirliği: erasmus-planner calls --year {year} --json</translation>
    </message>
    <message>
        <source>Or: {agency}, {valid}</source>
        <translation>Veya: {agency}, {valid}</translation>
    </message>
    <message>
        <source>Round {round}: </source>
        <translation>{round}. tur: </translation>
    </message>
    <message>
        <source>What to do: {hint}</source>
        <translation>Yapılacaklar: {hint}</translation>
    </message>
    <message>
        <source>Source: {source} ({confidence})</source>
        <translation>Kaynak: {source} ({confidence})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>partner {number} ({name})</source>
        <extracomment>{partner} of other error messages: how a partner of the file is named.</extracomment>
        <translation>{number}. ortak ({name})</translation>
    </message>
    <message>
        <source>none yet: add the applicant and full partners first</source>
        <translation>henüz yok: önce başvuru sahibini ve tam ortakları ekleyin</translation>
    </message>
    <message>
        <source>{partner} is an affiliated entity but names no partner in "affiliated_to"; name one of: {valid}</source>
        <translation>{partner} bir bağlı kuruluş, ancak "affiliated_to" alanında ortak belirtmiyor; şunlardan birini yazın: {valid}</translation>
    </message>
    <message>
        <source>{partner}: "affiliated_to" {value!r} names no applicant or full partner of this plan; valid names: {valid}</source>
        <translation>{partner}: "affiliated_to" {value!r} bu planın başvuru sahibini ya da bir tam ortağını belirtmiyor; geçerli adlar: {valid}</translation>
    </message>
    <message>
        <source>{partner}: "affiliated_to" {value!r} names {count} partners; give them distinct names</source>
        <translation>{partner}: "affiliated_to" {value!r} {count} ortağa uyuyor; onlara farklı adlar verin</translation>
    </message>
    <message>
        <source>{partner}: "affiliated_to" is only for the role "affiliated-entity"; remove it or change the role</source>
        <translation>{partner}: "affiliated_to" yalnızca "affiliated-entity" rolü içindir; kaldırın ya da rolü değiştirin</translation>
    </message>
    <message>
        <source>{option}: {value!r} is not a date; write it as YYYY-MM-DD, for example 2026-03-05</source>
        <translation>{option}: {value!r} bir tarih değil; YYYY-AA-GG biçiminde yazın, örneğin 2026-03-05</translation>
    </message>
    <message>
        <source>{value!r} is not a country code; use the two-letter ISO 3166 code (for example DE, PL, GR or EL, GB or UK)</source>
        <translation>{value!r} bir ülke kodu değil; iki harfli ISO 3166 kodunu kullanın (örneğin DE, PL, GR veya EL, GB veya UK)</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>koordinatör</translation>
    </message>
    <message>
        <source>partner {n}</source>
        <translation>ortak {n}</translation>
    </message>
    <message>
        <source>the identifier carries no action code and the Action Type {label!r} is not one the planner knows</source>
        <translation>tanımlayıcı bir eylem kodu içermiyor ve planlayıcı {label!r} Action Type değerini tanımıyor</translation>
    </message>
    <message>
        <source>organisation types the planner does not map: {types}</source>
        <translation>planlayıcının eşleştirmediği kuruluş türleri: {types}</translation>
    </message>
    <message>
        <source>no organisation type given for {who}</source>
        <translation>{who} için kuruluş türü verilmemiş</translation>
    </message>
    <message>
        <source>{name} ({code}): the planner has rules for Key Action 2 partnerships only</source>
        <translation>{name} ({code}): planlayıcının kuralları yalnızca Ana Eylem 2 ortaklıkları içindir</translation>
    </message>
    <message>
        <source>the action code {code} is not one the planner has rules for</source>
        <translation>planlayıcının {code} eylem kodu için kuralı yok</translation>
    </message>
    <message>
        <source>a rule on organisation types fails, and some organisations are typed 'Other' in the file</source>
        <translation>kuruluş türleriyle ilgili bir kural karşılanmıyor ve dosyada bazı kuruluşların türü 'Other'</translation>
    </message>
    <message>
        <source>{value!r} is neither an action nor an action's code; use an action id such as cooperation-partnership or a code such as KA220-VET, KA203 or KA101</source>
        <translation>{value!r} ne bir eylem ne de bir eylem kodu; cooperation-partnership gibi bir eylem kimliği ya da KA220-VET, KA203 veya KA101 gibi bir kod kullanın</translation>
    </message>
    <message>
        <source>unknown role {value!r}; valid roles in a funded project: {valid}</source>
        <translation>bilinmeyen rol {value!r}; desteklenen bir projede geçerli roller: {valid}</translation>
    </message>
    <message>
        <source>{value} is not a call year; Erasmus+ call years start at 2014</source>
        <translation>{value} bir çağrı yılı değil; Erasmus+ çağrı yılları 2014'te başlar</translation>
    </message>
    <message>
        <source>the JSON is nested more than {limit} levels deep; a plan needs four</source>
        <translation>JSON {limit} düzeyden daha derin iç içe; bir plan için dört düzey yeterlidir</translation>
    </message>
    <message>
        <source>{what}: {length} characters, more than the {limit} allowed (see the limits in the documentation)</source>
        <translation>{what}: {length} karakter, izin verilen {limit} karakterden fazla (belgelerdeki sınırlara bakın)</translation>
    </message>
    <message>
        <source>a NUL character (U+0000)</source>
        <translation>bir NUL karakteri (U+0000)</translation>
    </message>
    <message>
        <source>there is {problem} in {what}, which cannot be stored; retype it</source>
        <translation>{what} içinde kaydedilemeyen {problem} var; yeniden yazın</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>ad</translation>
    </message>
    <message>
        <source>the city</source>
        <translation>şehir</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>notlar</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>başlık</translation>
    </message>
    <message>
        <source>the contact person</source>
        <translation>iletişim kişisi</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>e-posta adresi</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>telefon numarası</translation>
    </message>
    <message>
        <source>the field "{key}"</source>
        <translation>"{key}" alanı</translation>
    </message>
    <message>
        <source>the plan has {count} partners; at most {limit} are allowed in one plan</source>
        <translation>planda {count} ortak var; bir planda en fazla {limit} ortağa izin verilir</translation>
    </message>
    <message>
        <source>a number in the file has {digits} digits; at most {limit} are allowed</source>
        <translation>dosyadaki bir sayı {digits} basamaklı; en fazla {limit} basamağa izin verilir</translation>
    </message>
    <message>
        <source>a broken character (U+{code:04X}, not valid Unicode text)</source>
        <translation>bozuk bir karakter (U+{code:04X}, geçerli Unicode metin değil)</translation>
    </message>
    <message>
        <source>{value!r} is not a language the planner speaks; choose one of: {valid}</source>
        <translation>{value!r} planlayıcının desteklediği bir dil değil; şunlardan birini seçin: {valid}</translation>
    </message>
    <message>
        <source>the {language} catalogue cannot be read: {problem}</source>
        <translation>{language} çeviri kataloğu okunamıyor: {problem}</translation>
    </message>
    <message>
        <source>unknown paper size {value!r}; choose one of: {valid}</source>
        <translation>bilinmeyen kâğıt boyutu {value!r}; şunlardan birini seçin: {valid}</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>bu bir klasör, dosya değil</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>erişim izni yok</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>aygıtta boş yer kalmadı</translation>
    </message>
    <message>
        <source>the drive is read-only</source>
        <translation>sürücü salt okunur</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>dosya adı çok uzun</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>klasör mevcut değil</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>disk kotası doldu</translation>
    </message>
    <message>
        <source>this is a folder, not a plan file</source>
        <translation>bu bir klasör, plan dosyası değil</translation>
    </message>
    <message>
        <source>this is a folder, not a spreadsheet</source>
        <translation>bu bir klasör, tablo dosyası değil</translation>
    </message>
    <message>
        <source>this is a folder, not a plan document</source>
        <translation>bu bir klasör, plan belgesi değil</translation>
    </message>
    <message>
        <source>this is a folder, not a partner directory</source>
        <translation>bu bir klasör, ortak dizini değil</translation>
    </message>
    <message>
        <source>cannot be read ({problem})</source>
        <translation>okunamıyor ({problem})</translation>
    </message>
    <message>
        <source>this is a folder; choose a file name to save to</source>
        <translation>bu bir klasör; kaydetmek için bir dosya adı seçin</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>böyle bir dosya yok</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>erişim izni yok: dosya okunamıyor</translation>
    </message>
    <message>
        <source>cannot write in the folder {folder} ({problem}); nothing was saved</source>
        <translation>klasöre yazılamıyor: {folder} ({problem}); hiçbir şey kaydedilmedi</translation>
    </message>
    <message>
        <source>cannot be written ({problem}); the previous version is unchanged</source>
        <translation>yazılamıyor ({problem}); önceki sürüm değişmeden duruyor</translation>
    </message>
    <message>
        <source>plan file</source>
        <translation>plan dosyası</translation>
    </message>
    <message>
        <source>plan document</source>
        <extracomment>A kind of file, put into error messages as {what} ('the {what} is damaged', 'not a {what}'). German: neuter nouns (das Plandokument, das Partnerverzeichnis), so 'das {what}', 'kein {what}' fit both; French: masculine (le document de plan, le répertoire des partenaires).</extracomment>
        <translation>plan belgesi</translation>
    </message>
    <message>
        <source>spreadsheet</source>
        <translation>tablo dosyası</translation>
    </message>
    <message>
        <source>partner directory</source>
        <extracomment>A kind of file, put into error messages as {what} ('the {what} is damaged', 'not a {what}'). German: neuter nouns (das Plandokument, das Partnerverzeichnis), so 'das {what}', 'kein {what}' fit both; French: masculine (le document de plan, le répertoire des partenaires).</extracomment>
        <translation>ortak dizini</translation>
    </message>
    <message>
        <source>list of funded projects</source>
        <translation>desteklenen projeler listesi</translation>
    </message>
    <message>
        <source>this is {thing}, not a {what}; the planner reads only ordinary files</source>
        <translation>bu {thing}, {what} değil; planlayıcı yalnızca sıradan dosyaları okur</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>adlandırılmış bir boru (FIFO)</translation>
    </message>
    <message>
        <source>the file is too large ({size}); a {what} may be at most {limit} (see the limits in the documentation)</source>
        <translation>dosya çok büyük ({size}); bir {what} en fazla {limit} olabilir (belgelerdeki sınırlara bakın)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>bir soket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>bir aygıt</translation>
    </message>
    <message>
        <source>not an ordinary file</source>
        <translation>sıradan bir dosya değil</translation>
    </message>
    <message>
        <source>more than {limit}</source>
        <translation>{limit} değerinden fazla</translation>
    </message>
    <message>
        <source>use yes or no (empty means no)</source>
        <translation>yes ya da no kullanın (boş bırakılırsa no sayılır)</translation>
    </message>
    <message>
        <source>not a date; use the year (YYYY) or the full date (YYYY-MM-DD)</source>
        <translation>geçerli bir tarih değil; yılı (YYYY) ya da tam tarihi (YYYY-AA-GG) kullanın</translation>
    </message>
    <message>
        <source>no country; use a two-letter code such as PL or an English name such as Poland</source>
        <translation>ülke girilmemiş; PL gibi iki harfli bir kod ya da Poland gibi İngilizce bir ad kullanın</translation>
    </message>
    <message>
        <source>not a country; use a two-letter code such as PL, DE, EL or UK, or an English name such as Poland</source>
        <translation>geçerli bir ülke değil; PL, DE, EL veya UK gibi iki harfli bir kod ya da Poland gibi İngilizce bir ad kullanın</translation>
    </message>
    <message>
        <source>no organisation type; valid types: {valid}</source>
        <translation>kuruluş türü girilmemiş; geçerli türler: {valid}</translation>
    </message>
    <message>
        <source>unknown organisation type; valid types: {valid} (or their labels, or words such as university, SME, NGO, municipality)</source>
        <translation>bilinmeyen kuruluş türü; geçerli türler: {valid} (ya da bunların İngilizce adları veya university, SME, NGO, municipality gibi İngilizce sözcükler)</translation>
    </message>
    <message>
        <source>unknown role; valid roles: {valid} (or coordinator, associated, affiliated; empty means partner)</source>
        <translation>bilinmeyen rol; geçerli roller: {valid} (ya da coordinator, associated, affiliated; boş bırakılırsa partner sayılır)</translation>
    </message>
    <message>
        <source>valid communities (Belgium only): {valid} (Flemish, French, German-speaking), or empty</source>
        <translation>geçerli topluluklar (yalnızca Belçika): {valid} (Flaman, Fransız ve Almanca Konuşan Topluluk) ya da boş</translation>
    </message>
    <message>
        <source>not an e-mail address (name@example.org)</source>
        <translation>geçerli bir e-posta adresi değil (name@example.org)</translation>
    </message>
    <message>
        <source>partner {number}</source>
        <extracomment>{partner} of other error messages, for a partner without a name.</extracomment>
        <translation>{number}. ortak</translation>
    </message>
    <message>
        <source>{value} is not a number JSON allows; write null or a number</source>
        <translation>{value} JSON'un izin verdiği bir sayı değil; null ya da bir sayı yazın</translation>
    </message>
    <message>
        <source>{what} must be text, not {kind}</source>
        <translation>{what} metin olmalıdır ({kind} değil)</translation>
    </message>
    <message>
        <source> (did you mean {found!r}?)</source>
        <extracomment>Appended to a word; keep the leading space.</extracomment>
        <translation> (şunu mu demek istediniz: {found!r}?)</translation>
    </message>
    <message>
        <source>{partner} must be an object with name, country, type and role</source>
        <translation>{partner}: name, country, type ve role anahtarlarını içeren bir nesne olmalıdır</translation>
    </message>
    <message>
        <source>{partner} has no name; every partner needs a non-empty "name"</source>
        <translation>{partner}: ad yok; her ortağın boş olmayan bir "name" değeri olmalıdır</translation>
    </message>
    <message>
        <source>{partner}: {value!r} is not a country code{did_you_mean}; use the two-letter ISO 3166 code (for example DE, PL, GR or EL, GB or UK)</source>
        <translation>{partner}: {value!r} bir ülke kodu değil{did_you_mean}; iki harfli ISO 3166 kodunu kullanın (örneğin DE, PL, GR veya EL, GB veya UK)</translation>
    </message>
    <message>
        <source>{partner}: unknown type {value!r}{did_you_mean}; valid types: {valid}</source>
        <translation>{partner}: bilinmeyen tür {value!r}{did_you_mean}; geçerli türler: {valid}</translation>
    </message>
    <message>
        <source>{partner}: unknown role {value!r}{did_you_mean}; valid roles: {valid}</source>
        <translation>{partner}: bilinmeyen rol {value!r}{did_you_mean}; geçerli roller: {valid}</translation>
    </message>
    <message>
        <source>{partner}: community {value!r} is not one of {valid} (or null)</source>
        <translation>{partner}: topluluk {value!r} geçerli değil; şunlardan biri olmalıdır: {valid} (ya da null)</translation>
    </message>
    <message>
        <source>{partner}: "eche" must be true or false</source>
        <translation>{partner}: "eche" true ya da false olmalıdır</translation>
    </message>
    <message>
        <source>{partner}: "contact" must be an object (person, email, …) or null</source>
        <translation>{partner}: "contact" bir nesne (person, email, …) ya da null olmalıdır</translation>
    </message>
    <message>
        <source>{partner}: "notes" must be text</source>
        <translation>{partner}: "notes" metin olmalıdır</translation>
    </message>
    <message>
        <source>no partner has the role "applicant"; mark exactly one organisation as the applicant</source>
        <translation>hiçbir ortağın rolü "applicant" değil; tam olarak bir kuruluşu başvuru sahibi olarak işaretleyin</translation>
    </message>
    <message>
        <source>{count} partners have the role "applicant" ({names}); exactly one may apply</source>
        <translation>{count} ortağın rolü "applicant" ({names}); yalnızca biri başvuru sahibi olabilir</translation>
    </message>
    <message>
        <source>the file must contain one JSON object (a plan), not a list or a value</source>
        <translation>dosya bir liste ya da tek bir değer değil, tek bir JSON nesnesi (bir plan) içermelidir</translation>
    </message>
    <message>
        <source>"format" must be {format!r}; this does not look like a plan file</source>
        <translation>"format" değeri {format!r} olmalıdır; bu bir plan dosyasına benzemiyor</translation>
    </message>
    <message>
        <source>"version" must be a whole number (this program writes version {version})</source>
        <translation>"version" bir tam sayı olmalıdır (bu program sürüm {version} yazar)</translation>
    </message>
    <message>
        <source>this plan was written in format version {version}, newer than this program understands (version {ours}); open it with a newer version of the planner</source>
        <translation>bu plan, bu programın anladığından (sürüm {ours}) daha yeni bir biçim sürümüyle (sürüm {version}) yazılmış; planı planlayıcının daha yeni bir sürümüyle açın</translation>
    </message>
    <message>
        <source>"action" is missing; valid actions: {valid}</source>
        <translation>"action" eksik; geçerli eylemler: {valid}</translation>
    </message>
    <message>
        <source>unknown action {value!r}; valid actions: {valid} (official codes such as KA203 or KA220-YOU are accepted too)</source>
        <translation>bilinmeyen eylem {value!r}; geçerli eylemler: {valid} (KA203 veya KA220-YOU gibi resmî kodlar da kabul edilir)</translation>
    </message>
    <message>
        <source>unknown field {value!r}; valid fields: {valid}</source>
        <translation>bilinmeyen alan {value!r}; geçerli alanlar: {valid}</translation>
    </message>
    <message>
        <source>unknown lot {value!r} for {action}; valid lots: {valid}</source>
        <translation>{action} için bilinmeyen lot {value!r}; geçerli lotlar: {valid}</translation>
    </message>
    <message>
        <source>unknown variant {value!r} for {action}; valid variants: {valid}</source>
        <translation>{action} için bilinmeyen proje türü {value!r}; geçerli proje türleri: {valid}</translation>
    </message>
    <message>
        <source>"call_year" must be a year from {first} to {last}, not {value!r}</source>
        <translation>"call_year" {first} ile {last} arasında bir yıl olmalıdır, {value!r} olamaz</translation>
    </message>
    <message>
        <source>"duration_months" must be a whole number of months from 1 to {limit}, or null (not {value!r})</source>
        <translation>"duration_months" 1 ile {limit} arasında tam sayı bir ay değeri ya da null olmalı ({value!r} değil)</translation>
    </message>
    <message>
        <source>"title" must be text</source>
        <translation>"title" metin olmalıdır</translation>
    </message>
    <message>
        <source>"partners" must be a list of organisations</source>
        <translation>"partners" bir kuruluş listesi olmalıdır</translation>
    </message>
    <message>
        <source>the number {value} in the file is too large</source>
        <translation>dosyadaki {value} sayısı çok büyük</translation>
    </message>
    <message>
        <source>a text in quotes is not closed</source>
        <translation>tırnak içindeki bir metin kapatılmamış</translation>
    </message>
    <message>
        <source>a key must be in double quotes (or there is a comma too many before this)</source>
        <translation>anahtar çift tırnak içinde olmalıdır (ya da bundan önce fazladan bir virgül var)</translation>
    </message>
    <message>
        <source>a comma is missing between two values</source>
        <translation>iki değer arasında virgül eksik</translation>
    </message>
    <message>
        <source>a colon is missing after a key</source>
        <translation>bir anahtardan sonra iki nokta üst üste eksik</translation>
    </message>
    <message>
        <source>a value is missing (or there is a comma too many)</source>
        <translation>bir değer eksik (ya da fazladan bir virgül var)</translation>
    </message>
    <message>
        <source>there is more after the end of the plan</source>
        <translation>planın bitişinden sonra fazladan içerik var</translation>
    </message>
    <message>
        <source>a line break or tab inside a text must be written as \n or \t</source>
        <translation>metin içindeki satır sonu ya da sekme \n veya \t olarak yazılmalıdır</translation>
    </message>
    <message>
        <source>{problem}; the file seems cut short</source>
        <translation>{problem}; dosya yarıda kesilmiş görünüyor</translation>
    </message>
    <message>
        <source> (did you mean {code}, {name}?)</source>
        <extracomment>Appended to a word; keep the leading space.</extracomment>
        <translation> (şunu mu demek istediniz: {code}, {name}?)</translation>
    </message>
    <message>
        <source>{partner} has no "{key}"</source>
        <translation>{partner}: "{key}" eksik</translation>
    </message>
    <message>
        <source>the code {code} means the field {implied!r}, but "field" says {field!r}</source>
        <translation>{code} kodu {implied!r} alanını belirtir, ancak "field" değeri {field!r}</translation>
    </message>
    <message>
        <source>none: this action has no lots</source>
        <translation>yok: bu eylemde lot bulunmaz</translation>
    </message>
    <message>
        <source>none: this action has no variants</source>
        <translation>yok: bu eylemde proje türü bulunmaz</translation>
    </message>
    <message>
        <source>not valid JSON at line {line}, column {column}: {problem}</source>
        <translation>geçersiz JSON ({line}. satır, {column}. sütun): {problem}</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte}); a plan file is JSON written in UTF-8</source>
        <translation>UTF-8 metni değil (bayt {byte}); plan dosyası UTF-8 ile yazılmış bir JSON metnidir</translation>
    </message>
    <message>
        <source>this looks like an Erasmus+ Project Results export, but the header row has no column {missing}; an export names at least {required}</source>
        <translation>bu bir Erasmus+ Project Results dışa aktarımına benziyor, ancak başlık satırında {missing} sütunu yok; bir dışa aktarım en az {required} sütunlarını içerir</translation>
    </message>
    <message>
        <source>this is a zip archive (an .xlsx workbook?), not a CSV file; give it the .xlsx extension</source>
        <translation>bu bir CSV dosyası değil, bir zip arşivi (.xlsx çalışma kitabı olabilir mi?); dosyaya .xlsx uzantısını verin</translation>
    </message>
    <message>
        <source>this CSV file is UTF-16 text; the Project Results export is UTF-8: save it as UTF-8 CSV</source>
        <translation>bu CSV dosyası UTF-16 metin; Project Results dışa aktarımı UTF-8'dir: dosyayı UTF-8 CSV olarak kaydedin</translation>
    </message>
    <message>
        <source>this is not an .xlsx workbook (an .xlsx file is a zip archive); if it is CSV text, name it .csv</source>
        <translation>bu bir .xlsx çalışma kitabı değil (.xlsx dosyası bir zip arşividir); CSV metniyse dosya uzantısını .csv yapın</translation>
    </message>
    <message>
        <source>the workbook's texts would unpack to {size}; at most {limit} are read (see the limits in the documentation)</source>
        <translation>çalışma kitabının metinleri açıldığında {size} olur; en fazla {limit} okunur (belgelerdeki sınırlara bakın)</translation>
    </message>
    <message>
        <source>line {line} is longer than {limit} characters: this is not a list of projects or organisations</source>
        <translation>{line}. satır {limit} karakterden uzun: bu bir proje ya da kuruluş listesi değil</translation>
    </message>
    <message>
        <source>line {line} is not UTF-8 text; the Project Results export is UTF-8: save the list as UTF-8 CSV</source>
        <translation>{line}. satır UTF-8 metin değil; Project Results dışa aktarımı UTF-8'dir: listeyi UTF-8 CSV olarak kaydedin</translation>
    </message>
    <message>
        <source>row {row} cannot be read as CSV ({problem})</source>
        <translation>{row}. satır CSV olarak okunamıyor ({problem})</translation>
    </message>
    <message>
        <source>is not a readable .xlsx workbook ({problem})</source>
        <translation>okunabilir bir .xlsx çalışma kitabı değil ({problem})</translation>
    </message>
    <message>
        <source>use a two-letter code such as DE, EL or UK, or an English country name</source>
        <translation>DE, EL veya UK gibi iki harfli bir kod ya da İngilizce bir ülke adı kullanın</translation>
    </message>
    <message>
        <source>the project identifier is empty; every project has one, such as {examples}</source>
        <translation>proje tanımlayıcısı boş; her projenin bir tanımlayıcısı vardır, örneğin {examples}</translation>
    </message>
    <message>
        <source>the call year is empty and the project identifier does not say it; write the year, such as 2023</source>
        <translation>çağrı yılı boş ve proje tanımlayıcısı da yılı belirtmiyor; yılı yazın, örneğin 2023</translation>
    </message>
    <message>
        <source>no known pattern explains this project identifier; valid identifiers look like {examples}</source>
        <translation>bilinen hiçbir kalıp bu proje tanımlayıcısını açıklamıyor; geçerli tanımlayıcılar şöyledir: {examples}</translation>
    </message>
    <message>
        <source>not a call year; a call year has four digits, from {first} on</source>
        <translation>çağrı yılı değil; çağrı yılı dört basamaklıdır, {first} ve sonrası</translation>
    </message>
    <message>
        <source>the project identifier says the call year is {year}; one of the two is wrong</source>
        <translation>proje tanımlayıcısına göre çağrı yılı {year}; ikisinden biri yanlış</translation>
    </message>
    <message>
        <source>not a country; {hint}</source>
        <translation>ülke değil; {hint}</translation>
    </message>
    <message>
        <source>the country is empty; {hint}</source>
        <translation>ülke boş; {hint}</translation>
    </message>
    <message>
        <source>the coordinating organisation has no name</source>
        <translation>koordinatör kuruluşun adı yok</translation>
    </message>
    <message>
        <source>Partner {n} has no name while its other columns are filled</source>
        <translation>{n}. ortağın adı yok, ancak diğer sütunları dolu</translation>
    </message>
    <message>
        <source>no header row found{where}: the first row should name the columns, for example {columns}</source>
        <translation>başlık satırı bulunamadı{where}: ilk satır sütunları adlandırmalıdır, örneğin {columns}</translation>
    </message>
    <message>
        <source>the header row names no column for {missing} (columns found: {found}); name them as {needed}</source>
        <translation>başlık satırında şu sütunlar yok: {missing} (bulunan sütunlar: {found}); bunları şöyle adlandırın: {needed}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
    <message>
        <source> (sheet {sheet!r})</source>
        <extracomment>Appended to 'no header row found'; keep the leading space.</extracomment>
        <translation> (sayfa {sheet!r})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>row {row}, column {column!r}: {value}: {problem}</source>
        <translation>{row}. satır, {column!r} sütunu: {value}: {problem}</translation>
    </message>
    <message>
        <source>the name is empty; every partner needs its legal name</source>
        <translation>ad boş; her ortağın resmî adı girilmelidir</translation>
    </message>
    <message>
        <source>only an affiliated entity is affiliated to a partner; leave the cell empty or make the role affiliated</source>
        <translation>bir ortağa yalnızca bağlı kuruluş bağlanır; hücreyi boş bırakın ya da rolü affiliated yapın</translation>
    </message>
    <message>
        <source>unknown kind of spreadsheet {suffix!r}; partners are read from .csv or .xlsx files</source>
        <translation>bilinmeyen tablo türü {suffix!r}; ortaklar .csv veya .xlsx dosyalarından okunur</translation>
    </message>
    <message>
        <source>row {row}: a cell holds more than {limit} characters; no column takes that much text</source>
        <translation>satır {row}: bir hücrede {limit} karakterden fazla var; hiçbir sütun bu kadar metin almaz</translation>
    </message>
    <message>
        <source>the old Excel format (.xls) cannot be read; save the sheet as .xlsx or CSV and import that</source>
        <translation>eski Excel biçimi (.xls) okunamaz; sayfayı .xlsx ya da CSV olarak kaydedip o dosyayı içe aktarın</translation>
    </message>
    <message>
        <source>this is not a text file, so not a CSV file; export the sheet as CSV or .xlsx</source>
        <translation>bu bir metin dosyası değil, dolayısıyla CSV dosyası da değil; sayfayı CSV ya da .xlsx olarak dışa aktarın</translation>
    </message>
    <message>
        <source>the spreadsheet has more than {limit} rows; split it into several files</source>
        <translation>tabloda {limit} satırdan fazla var; birkaç dosyaya bölün</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>çalışma kitabında hiç sayfa yok</translation>
    </message>
    <message>
        <source>the workbook unpacks to {size}; a spreadsheet may unpack to at most {limit} (see the limits in the documentation)</source>
        <translation>çalışma kitabı açıldığında {size} tutuyor; bir tablo açıldığında en fazla {limit} olabilir (belgelerdeki sınırlara bakın)</translation>
    </message>
    <message>
        <source>is not a readable CSV file ({problem})</source>
        <translation>okunabilir bir CSV dosyası değil ({problem})</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(uzantı yok)</translation>
    </message>
    <message>
        <source>the {what} has no entry {entry} (removed meanwhile?)</source>
        <translation>{what} içinde {entry} numaralı kayıt yok (bu arada silinmiş olabilir mi?)</translation>
    </message>
    <message>
        <source>{country!r} is not a country; use a two-letter code such as PL or an English name</source>
        <translation>{country!r} geçerli bir ülke değil; PL gibi iki harfli bir kod ya da İngilizce bir ülke adı kullanın</translation>
    </message>
    <message>
        <source>unknown organisation type {value!r}; valid types: {valid}</source>
        <translation>bilinmeyen kuruluş türü {value!r}; geçerli türler: {valid}</translation>
    </message>
    <message>
        <source>the folder for the {what} cannot be created ({problem})</source>
        <translation>{what} için klasör oluşturulamıyor ({problem})</translation>
    </message>
    <message>
        <source>an entry cannot be merged with itself (both are {entry})</source>
        <translation>bir kayıt kendisiyle birleştirilemez (ikisi de {entry})</translation>
    </message>
    <message>
        <source>this is a database of another program, not a {what}</source>
        <translation>bu bir {what} değil, başka bir programın veritabanı</translation>
    </message>
    <message>
        <source>this {what} was written by a newer version of the planner (version {version}; this program reads up to {ours}); it was not changed</source>
        <translation>bu {what} planlayıcının daha yeni bir sürümüyle yazılmış (sürüm {version}; bu program en fazla sürüm {ours} okuyabilir); dosya değiştirilmedi</translation>
    </message>
    <message>
        <source>the {what} at {where} refused this: {problem}</source>
        <translation>{where} adresindeki {what} bunu reddetti: {problem}</translation>
    </message>
    <message>
        <source>the {what} at {where} refused this: your role does not allow it ({problem}); viewers search it, editors also add and change entries — ask one of the workspace's owners</source>
        <translation>{where} adresindeki {what} bunu reddetti: rolünüz buna izin vermiyor ({problem}); izleyiciler arama yapar, düzenleyiciler kayıt da ekler ve değiştirir — çalışma alanının sahiplerinden birine başvurun</translation>
    </message>
    <message>
        <source>the connection to the {what} at {where} was lost ({problem}); nothing was changed by this step</source>
        <translation>{where} adresindeki {what} ile bağlantı koptu ({problem}); bu adımda hiçbir şey değişmedi</translation>
    </message>
    <message>
        <source> (process {pid} on host {host})</source>
        <extracomment>Appended to 'is open in another window or program'; keep the leading space.</extracomment>
        <translation> ({host} üzerinde {pid} numaralı işlem)</translation>
    </message>
    <message>
        <source> (process {pid} on host {host}, user {user})</source>
        <translation> ({host} ana makinesinde {pid} numaralı süreç, kullanıcı {user})</translation>
    </message>
    <message>
        <source>is open in another window or program{holder}</source>
        <translation>başka bir pencerede ya da programda açık{holder}</translation>
    </message>
    <message>
        <source>cannot be opened for editing: {reason}</source>
        <translation>düzenlemek için açılamıyor: {reason}</translation>
    </message>
    <message>
        <source>{problem}; it was not changed (close it there, then try again)</source>
        <translation>{problem}; değiştirilmedi (orada kapatın, sonra yeniden deneyin)</translation>
    </message>
    <message>
        <source>{problem}; open it read-only?</source>
        <extracomment>The question of a dialog that offers to open the plan read-only.</extracomment>
        <translation>{problem}; salt okunur olarak açılsın mı?</translation>
    </message>
    <message>
        <source>the lock keeps changing; try again</source>
        <translation>kilit sürekli değişiyor; yeniden deneyin</translation>
    </message>
    <message>
        <source>no lock can be written beside it ({problem})</source>
        <translation>yanına kilit dosyası yazılamıyor ({problem})</translation>
    </message>
    <message>
        <source>could not be brought up to date from schema version {version} ({problem}); it is unchanged</source>
        <translation>{version} şema sürümünden güncellenemedi ({problem}); dosya değişmedi</translation>
    </message>
    <message>
        <source>the document is damaged: history entry {entry} has no readable date</source>
        <translation>belge hasarlı: {entry} numaralı geçmiş kaydının tarihi okunamıyor</translation>
    </message>
    <message>
        <source>history entry {entry}</source>
        <translation>{entry} numaralı geçmiş kaydı</translation>
    </message>
    <message>
        <source>this is a database of another program, not a plan document (it holds no plan)</source>
        <translation>bu bir plan belgesi değil, başka bir programın veritabanı (içinde plan yok)</translation>
    </message>
    <message>
        <source>the {what} is damaged ({details}); open the backup copy if there is one</source>
        <translation>{what} hasarlı ({details}); varsa yedek kopyayı açın</translation>
    </message>
    <message>
        <source>the {what} is damaged: it holds no plan</source>
        <translation>{what} hasarlı: içinde plan yok</translation>
    </message>
    <message>
        <source>the document is damaged: {what} is not readable</source>
        <translation>belge hasarlı: {what} okunamıyor</translation>
    </message>
    <message>
        <source>this plan was saved by a newer version of the planner (document {shown}; this program reads up to version {ours}). It was not changed; open it with a newer version of the planner</source>
        <translation>bu plan, planlayıcının daha yeni bir sürümüyle kaydedilmiş (belge: {shown}; bu program en fazla sürüm {ours} okuyabilir). Plan değiştirilmedi; planı planlayıcının daha yeni bir sürümüyle açın</translation>
    </message>
    <message>
        <source>the {what} names a schema revision this program does not know ({revision}); it was written by a newer version of the planner, or it is damaged. It was not changed</source>
        <translation>{what} bu programın bilmediği bir şema revizyonu belirtiyor ({revision}); planlayıcının daha yeni bir sürümüyle yazılmış ya da hasarlı. Değiştirilmedi</translation>
    </message>
    <message>
        <source>{problem}. It was not overwritten: save under another name</source>
        <translation>{problem}. Dosyanın üzerine yazılmadı: başka bir adla kaydedin</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>sürüm {version}</translation>
    </message>
    <message>
        <source>the document is damaged: the notes are not text</source>
        <translation>belge hasarlı: notlar metin değil</translation>
    </message>
    <message>
        <source>the contact of {partner}</source>
        <translation>{partner} için iletişim bilgileri</translation>
    </message>
    <message>
        <source>the extra data of {partner}</source>
        <translation>{partner} için ek veriler</translation>
    </message>
    <message>
        <source>the plan's extra data</source>
        <translation>planın ek verileri</translation>
    </message>
    <message>
        <source>the recovery folder cannot be created ({problem})</source>
        <translation>kurtarma klasörü oluşturulamıyor ({problem})</translation>
    </message>
    <message>
        <source>this is not a {what}: the planner writes them as SQLite databases, and this file is something else</source>
        <translation>bu bir {what} değil: planlayıcı bunları SQLite veritabanı olarak yazar, bu dosya ise başka bir şey</translation>
    </message>
    <message>
        <source>the {what} cannot be read ({problem})</source>
        <translation>{what} okunamıyor ({problem})</translation>
    </message>
    <message>
        <source>the file is empty; it is not a {what}</source>
        <translation>dosya boş; bir {what} değil</translation>
    </message>
    <message>
        <source>the {what} is damaged: its size does not match its header (cut off while copying or downloading?); open the backup copy, or the last version you sent or received</source>
        <translation>{what} hasarlı: boyutu başlık bilgisiyle uyuşmuyor (kopyalanırken ya da indirilirken yarıda mı kesildi?); yedek kopyayı ya da en son gönderdiğiniz veya aldığınız sürümü açın</translation>
    </message>
    <message>
        <source>this is JSON text, not a {what}; if it is a plan in the JSON format, give it the .json extension (or turn it into a .epplan document with: erasmus-planner convert IN.json OUT.epplan)</source>
        <translation>bu bir {what} değil, JSON metni; JSON biçiminde bir plansa dosyaya .json uzantısını verin (ya da şu komutla bir .epplan belgesine dönüştürün: erasmus-planner convert IN.json OUT.epplan)</translation>
    </message>
    <message>
        <source>this is a zip archive (a spreadsheet or an office document?), not a {what}</source>
        <translation>bu bir {what} değil, bir zip arşivi (bir tablo ya da ofis belgesi olabilir mi?)</translation>
    </message>
    <message>
        <source>the {what} is damaged and cannot be read; open the backup copy if there is one</source>
        <translation>{what} hasarlı ve okunamıyor; varsa yedek kopyayı açın</translation>
    </message>
    <message>
        <source>the {what} is busy in another program; try again in a moment</source>
        <translation>{what} başka bir programda kullanılıyor; biraz sonra yeniden deneyin</translation>
    </message>
    <message>
        <source>the {what} cannot be opened (permission denied or the folder is read-only)</source>
        <translation>{what} açılamıyor (erişim izni yok ya da klasör salt okunur)</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved</source>
        <translation>disk dolu; hiçbir şey kaydedilmedi</translation>
    </message>
    <message>
        <source>the {what} cannot be written ({problem})</source>
        <translation>{what} yazılamıyor ({problem})</translation>
    </message>
    <message>
        <source>the {what} cannot be written (permission denied or the folder is read-only)</source>
        <translation>{what} yazılamıyor (erişim izni yok ya da klasör salt okunur)</translation>
    </message>
    <message>
        <source>no workspace address given; write it as postgresql://user@host/database or give a service name</source>
        <translation>çalışma alanı adresi verilmedi; postgresql://kullanici@sunucu/veritabani biçiminde yazın ya da bir hizmet adı verin</translation>
    </message>
    <message>
        <source>{address} is not a workspace address ({problem}); write it as postgresql://user@host:5432/database (add ?sslmode=require for TLS), or give a service name from pg_service.conf</source>
        <translation>{address} bir çalışma alanı adresi değil ({problem}); postgresql://kullanici@sunucu:5432/veritabani biçiminde yazın (TLS için ?sslmode=require ekleyin) ya da pg_service.conf içinden bir hizmet adı verin</translation>
    </message>
    <message>
        <source>cannot connect to the workspace {where}: {problem}</source>
        <translation>{where} çalışma alanına bağlanılamıyor: {problem}</translation>
    </message>
    <message>
        <source>the workspace {where} did not answer within {seconds} s; check the address and the network (the planner keeps working on local files meanwhile)</source>
        <translation>{where} çalışma alanı {seconds} sn içinde yanıt vermedi; adresi ve ağı denetleyin (planlayıcı bu arada yerel dosyalarla çalışmayı sürdürür)</translation>
    </message>
    <message>
        <source>the workspace {where} asks for a password</source>
        <translation>{where} çalışma alanı bir parola istiyor</translation>
    </message>
    <message>
        <source>the workspace {where} refused the login of {user}: wrong password or unknown user</source>
        <translation>{where} çalışma alanı {user} girişini reddetti: parola yanlış ya da kullanıcı bilinmiyor</translation>
    </message>
    <message>
        <source>no server answers at {where} (connection refused): is PostgreSQL running there, on that port?</source>
        <translation>{where} adresinde yanıt veren sunucu yok (bağlantı reddedildi): PostgreSQL orada, o bağlantı noktasında çalışıyor mu?</translation>
    </message>
    <message>
        <source>the server name of {where} is not known (mistyped, or no network?)</source>
        <translation>{where} sunucu adı bilinmiyor (yanlış mı yazıldı, ağ mı yok?)</translation>
    </message>
    <message>
        <source>the server at {where} does not offer TLS, but the address requires it (sslmode); turn TLS on at the server (docs/workspace.md) or ask its administrator</source>
        <translation>{where} sunucusu TLS sunmuyor, ama adres bunu gerektiriyor (sslmode); sunucuda TLS'i açın (docs/workspace.md) ya da yöneticisine sorun</translation>
    </message>
    <message>
        <source>the service {service} is not defined in pg_service.conf (PGSERVICEFILE or ~/.pg_service.conf)</source>
        <translation>{service} hizmeti pg_service.conf içinde tanımlı değil (PGSERVICEFILE ya da ~/.pg_service.conf)</translation>
    </message>
    <message>
        <source>the database of {where} does not exist; an administrator creates it (docs/workspace.md), then runs erasmus-planner workspace init</source>
        <translation>{where} veritabanı yok; bir yönetici onu oluşturur (docs/workspace.md), sonra erasmus-planner workspace init komutunu çalıştırır</translation>
    </message>
    <message>
        <source>the workspace {where} does not let {user} in: ask one of its owners for membership (erasmus-planner workspace grant {user} viewer)</source>
        <translation>{where} çalışma alanı {user} kullanıcısını içeri almıyor: sahiplerinden birinden üyelik isteyin (erasmus-planner workspace grant {user} viewer)</translation>
    </message>
    <message>
        <source>a secure (TLS) connection to {where} failed: {problem}</source>
        <translation>{where} ile güvenli (TLS) bağlantı kurulamadı: {problem}</translation>
    </message>
    <message>
        <source>sslmode={mode} checks the certificate of {where}, but the CA certificate file {ca} does not exist: give the workspace's CA certificate with sslrootcert=/path/to/ca.pem (docs/workspace.md, TLS)</source>
        <translation>sslmode={mode}, {where} sertifikasını denetler, ancak CA sertifika dosyası {ca} yok: çalışma alanının CA sertifikasını sslrootcert=/yol/ca.pem ile verin (docs/workspace.md, TLS)</translation>
    </message>
    <message>
        <source>the server at {where} showed a certificate that is not signed by the CA in {ca}, so the planner did not connect (nothing was sent): check that sslrootcert names your workspace's CA certificate, or ask its administrator</source>
        <translation>{where} adresindeki sunucu, {ca} içindeki CA tarafından imzalanmamış bir sertifika gösterdi; bu yüzden planlayıcı bağlanmadı (hiçbir şey gönderilmedi): sslrootcert'in çalışma alanınızın CA sertifikasını gösterdiğini denetleyin ya da yöneticisine sorun</translation>
    </message>
    <message>
        <source>the certificate of the server at {where} is made out for another name than {host}, so the planner did not connect (nothing was sent): use the name the certificate gives, or ask its administrator</source>
        <translation>{where} adresindeki sunucunun sertifikası {host} dışında bir ad için düzenlenmiş; bu yüzden planlayıcı bağlanmadı (hiçbir şey gönderilmedi): sertifikadaki adı kullanın ya da yöneticisine sorun</translation>
    </message>
    <message>
        <source>the workspace {where} refused this: your role does not allow it ({problem}); ask one of its owners</source>
        <translation>{where} çalışma alanı bunu reddetti: rolünüz buna izin vermiyor ({problem}); sahiplerinden birine başvurun</translation>
    </message>
    <message>
        <source>{where} is not a workspace yet: its owner runs erasmus-planner workspace init {where}</source>
        <translation>{where} henüz bir çalışma alanı değil: sahibi erasmus-planner workspace init {where} komutunu çalıştırır</translation>
    </message>
    <message>
        <source>the connection to the workspace {where} was lost ({problem}); nothing was changed by this step</source>
        <translation>{where} çalışma alanıyla bağlantı koptu ({problem}); bu adımda hiçbir şey değişmedi</translation>
    </message>
    <message>
        <source>the workspace {where} refused this: {problem}</source>
        <translation>{where} çalışma alanı bunu reddetti: {problem}</translation>
    </message>
    <message>
        <source>unknown workspace role {role!r}; valid roles: {valid}</source>
        <translation>bilinmeyen çalışma alanı rolü {role!r}; geçerli roller: {valid}</translation>
    </message>
    <message>
        <source>{login} is the last owner of the workspace; make someone else an owner first</source>
        <translation>{login} çalışma alanının son sahibi; önce başka birini sahip yapın</translation>
    </message>
    <message>
        <source>there is no PostgreSQL role {login!r}; an administrator creates it first (CREATE ROLE {login} LOGIN PASSWORD '…', see docs/workspace.md)</source>
        <translation>{login!r} adlı bir PostgreSQL rolü yok; önce bir yönetici onu oluşturur (CREATE ROLE {login} LOGIN PASSWORD '…', bkz. docs/workspace.md)</translation>
    </message>
    <message>
        <source>{login!r} is a group, not a person's login role</source>
        <translation>{login!r} bir grup, bir kişinin giriş rolü değil</translation>
    </message>
    <message>
        <source>only an owner of the workspace can change who is a member (you are {role})</source>
        <translation>üyeleri yalnızca çalışma alanının bir sahibi değiştirebilir (siz {role} rolündesiniz)</translation>
    </message>
    <message>
        <source>the workspace {where} has schema version {version}, newer than this program knows ({ours}); update the planner</source>
        <translation>{where} çalışma alanının şema sürümü {version}, bu programın bildiğinden ({ours}) yeni; planlayıcıyı güncelleyin</translation>
    </message>
    <message>
        <source>the workspace {where} has schema version {version}; one of its owners runs erasmus-planner workspace init {where} to bring it to version {ours}</source>
        <translation>{where} çalışma alanının şema sürümü {version}; sahiplerinden biri onu {ours} sürümüne getirmek için erasmus-planner workspace init {where} komutunu çalıştırır</translation>
    </message>
    <message>
        <source>{where}: this login may not create the workspace ({problem}); run init as the database's owner with the CREATEROLE privilege (docs/workspace.md)</source>
        <translation>{where}: bu giriş çalışma alanını oluşturamaz ({problem}); init komutunu veritabanının sahibi olarak, CREATEROLE yetkisiyle çalıştırın (docs/workspace.md)</translation>
    </message>
    <message>
        <source>the workspace already has a team plan {name!r} (version {current}) that this file was not pulled from; pull it first, or push under another name (--as {name}-copy)</source>
        <translation>çalışma alanında bu dosyanın alınmadığı bir {name!r} ekip planı (sürüm {current}) zaten var; önce onu alın (pull) ya da başka bir adla gönderin (--as {name}-copy)</translation>
    </message>
    <message>
        <source>team plan {name!r} is being edited by {holder} since {since}</source>
        <translation>{name!r} ekip planı {since} saatinden beri {holder} tarafından düzenleniyor</translation>
    </message>
    <message>
        <source>the workspace {where} has no team plan {name!r}</source>
        <translation>{where} çalışma alanında {name!r} adlı bir ekip planı yok</translation>
    </message>
    <message>
        <source>the workspace {where} has no team plan {name!r} any more (removed meanwhile?); push it as a new plan with --as</source>
        <translation>{where} çalışma alanında artık {name!r} adlı bir ekip planı yok (bu arada silindi mi?); --as ile yeni bir plan olarak gönderin</translation>
    </message>
    <message>
        <source>team plan {name!r} is at version {current} in the workspace, but this copy is based on version {base}: someone saved in between. Nothing was overwritten; keep yours as a copy (--as {name}-copy) or pull theirs</source>
        <translation>{name!r} ekip planı çalışma alanında {current} sürümünde, ama bu kopya {base} sürümüne dayanıyor: arada biri kaydetti. Hiçbir şeyin üzerine yazılmadı; kendi kopyanızı saklayın (--as {name}-copy) ya da onlarınkini alın (pull)</translation>
    </message>
    <message>
        <source>team plan {name!r} is being edited by {holder} since {since}; nothing was saved (try again when they are done, or keep yours as a copy)</source>
        <translation>{name!r} ekip planı {since} saatinden beri {holder} tarafından düzenleniyor; hiçbir şey kaydedilmedi (düzenleme bitince yeniden deneyin ya da kendi sürümünüzü kopya olarak saklayın)</translation>
    </message>
    <message>
        <source>this is not an Erasmus+ Project Results export: no header row names both 'Project Identifier' and 'Coordinating organisation name'; audit reads the Commission's lists of funded projects (CSV or XLSX)</source>
        <translation>bu bir Erasmus+ Project Results dışa aktarımı değil: hiçbir başlık satırı hem 'Project Identifier' hem de 'Coordinating organisation name' içermiyor; audit, Komisyon'un desteklenen proje listelerini (CSV veya XLSX) okur</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row}. satır</translation>
    </message>
    <message>
        <source>no funded project in the directory</source>
        <translation>rehberde desteklenen proje yok</translation>
    </message>
    <message>
        <source>{experience}; one of several still missing</source>
        <translation>{experience}; hâlâ eksik olan birkaç kuruluştan biri</translation>
    </message>
    <message>
        <source>projects of this action: {same} ({field} in this field, {coordinated} as coordinator), newest {year}</source>
        <translation>bu eylemdeki projeler: {same} (bu alanda {field}, koordinatör olarak {coordinated}), en yenisi {year}</translation>
    </message>
    <message>
        <source>no project of this action; funded projects of other actions: {total}</source>
        <translation>bu eylemde proje yok; diğer eylemlerde desteklenen projeler: {total}</translation>
    </message>
    <message>
        <source>installing a launcher this way is for Linux desktops; on Windows and macOS the bundle (make bundle) is the application: see docs/desktop.md</source>
        <translation>başlatıcıyı bu yolla kurmak Linux masaüstleri içindir; Windows ve macOS'ta uygulama paketin kendisidir (make bundle): bkz. docs/desktop.md</translation>
    </message>
    <message>
        <source>the folder cannot be created ({problem})</source>
        <translation>klasör oluşturulamıyor ({problem})</translation>
    </message>
    <message>
        <source>cannot be removed ({problem})</source>
        <translation>kaldırılamıyor ({problem})</translation>
    </message>
    <message>
        <source>unknown role {value!r}; valid roles: {valid}</source>
        <translation>bilinmeyen rol {value!r}; geçerli roller: {valid}</translation>
    </message>
    <message>
        <source>entries {keep} and {other} are in different countries ({first}, {second}); one organisation is in one country: check the ids (directory duplicates lists likely pairs), or merge anyway with --any-country</source>
        <translation>{keep} ve {other} kayıtları farklı ülkelerde ({first}, {second}); bir kuruluş tek bir ülkededir: kimlikleri kontrol edin (directory duplicates olası çiftleri listeler) ya da yine de --any-country ile birleştirin</translation>
    </message>
    <message>
        <source>this is neither an Erasmus+ Project Results export (no header row names both 'Project Identifier' and 'Coordinating organisation name') nor a partner list ({problem})</source>
        <translation>bu ne bir Erasmus+ Project Results dışa aktarımı (hiçbir başlık satırı hem 'Project Identifier' hem de 'Coordinating organisation name' içermiyor) ne de bir ortak listesi ({problem})</translation>
    </message>
    <message>
        <source>the same project is already on row {row}</source>
        <translation>aynı proje zaten {row}. satırda</translation>
    </message>
    <message>
        <source>no funded project {identifier} in the partner directory; import the Project Results list that holds it (erasmus-planner directory import FILE)</source>
        <translation>ortak rehberinde desteklenen {identifier} projesi yok; onu içeren Project Results listesini içe aktarın (erasmus-planner directory import DOSYA)</translation>
    </message>
    <message>
        <source>the funded project {identifier} is not a Key Action 2 partnership the planner knows ({what}); a plan cannot be made from it</source>
        <translation>desteklenen {identifier} projesi planlayıcının bildiği bir Ana Eylem 2 ortaklığı değil ({what}); ondan plan yapılamaz</translation>
    </message>
    <message>
        <source>ECHE assumed: it took part in the funded project {identifier}; check the charter</source>
        <translation>ECHE varsayıldı: desteklenen {identifier} projesine katıldı; beratı kontrol edin</translation>
    </message>
    <message>
        <source>{count} organisations of the project are no longer in the directory and are missing from the plan</source>
        <translation>projenin {count} kuruluşu artık rehberde değil ve planda eksik</translation>
    </message>
    <message>
        <source>the project does not say its field; set to {field}, the first in which this consortium is eligible: change it if the project's main field was another</source>
        <translation>proje alanını belirtmiyor; bu konsorsiyumun uygun olduğu ilk alan olan {field} seçildi: projenin ana alanı başkaysa değiştirin</translation>
    </message>
    <message>
        <source>the project does not say its lot; set to {lot}, the first under which this consortium is eligible</source>
        <translation>proje lotunu belirtmiyor; bu konsorsiyumun uygun olduğu ilk lot olan {lot} seçildi</translation>
    </message>
    <message>
        <source>{name}: ECHE assumed (it took part in this funded project); check the charter</source>
        <translation>{name}: ECHE varsayıldı (bu desteklenen projeye katıldı); beratı kontrol edin</translation>
    </message>
    <message>
        <source>already in the plan as {name}</source>
        <translation>planda zaten {name} adıyla var</translation>
    </message>
    <message>
        <source>repeats row {row} ({name})</source>
        <translation>{row}. satırın tekrarı ({name})</translation>
    </message>
    <message>
        <source>an affiliated entity needs the name of its full partner; valid names: {valid}</source>
        <translation>bağlı kuruluşun, tam ortağının adına ihtiyacı var; geçerli adlar: {valid}</translation>
    </message>
    <message>
        <source>names no applicant or full partner of the plan or of this list; valid names: {valid}</source>
        <translation>planın ya da bu listenin başvuru sahibini veya bir tam ortağını belirtmiyor; geçerli adlar: {valid}</translation>
    </message>
    <message>
        <source>names {count} partners; give them distinct names</source>
        <translation>{count} ortağa uyuyor; onlara farklı adlar verin</translation>
    </message>
    <message>
        <source>{clash}; remove the row or the partner</source>
        <translation>{clash}; satırı ya da ortağı kaldırın</translation>
    </message>
    <message>
        <source>{applicant} is already the applicant and exactly one partner applies; use partner or associated-partner</source>
        <translation>başvuru sahibi zaten {applicant} ve yalnızca bir ortak başvuru yapabilir; partner ya da associated-partner kullanın</translation>
    </message>
    <message>
        <source>the partner directory cannot be opened</source>
        <translation>ortak dizini açılamıyor</translation>
    </message>
    <message>
        <source>partners are imported from .csv or .xlsx spreadsheets</source>
        <translation>ortaklar .csv veya .xlsx tablolarından içe aktarılır</translation>
    </message>
    <message>
        <source>this is a spreadsheet, not a plan (plans are .json or .epplan files); to add the partners it lists to a plan: erasmus-planner import-partners {file} --into PLAN</source>
        <translation>bu bir tablo, plan değil (planlar .json veya .epplan dosyalarıdır); listelediği ortakları bir plana eklemek için: erasmus-planner import-partners {file} --into PLAN</translation>
    </message>
    <message>
        <source>unknown kind of file {suffix!r}; plans are .json or .epplan files</source>
        <translation>bilinmeyen dosya türü {suffix!r}; planlar .json veya .epplan dosyalarıdır</translation>
    </message>
    <message>
        <source>no plan is open</source>
        <translation>açık plan yok</translation>
    </message>
    <message>
        <source>the plan has no file yet; choose where to save it</source>
        <translation>planın henüz bir dosyası yok; nereye kaydedileceğini seçin</translation>
    </message>
    <message>
        <source>the plan was opened read-only; save it under another name</source>
        <translation>plan salt okunur açıldı; başka bir adla kaydedin</translation>
    </message>
    <message>
        <source>unknown action {value!r}; actions: {valid}</source>
        <translation>bilinmeyen eylem {value!r}; eylemler: {valid}</translation>
    </message>
    <message>
        <source>unknown field {value!r}; fields: {valid}</source>
        <translation>bilinmeyen alan {value!r}; alanlar: {valid}</translation>
    </message>
    <message>
        <source>call year {value!r} is outside {first}-{last}</source>
        <translation>teklif çağrısı yılı {value!r}, {first}-{last} aralığının dışında</translation>
    </message>
    <message>
        <source>{where} is not a team plan of the workspace {workspace}</source>
        <translation>{where}, {workspace} çalışma alanının bir ekip planı değil</translation>
    </message>
    <message>
        <source>the team workspace is not connected; connect it in Preferences ▸ Workspace</source>
        <translation>ekip çalışma alanı bağlı değil; Tercihler ▸ Çalışma alanı bölümünden bağlayın</translation>
    </message>
    <message>
        <source>no workspace given: use --workspace postgresql://user@host/database, or set {variable}</source>
        <translation>çalışma alanı verilmedi: --workspace postgresql://kullanici@sunucu/veritabani kullanın ya da {variable} değişkenini ayarlayın</translation>
    </message>
    <message>
        <source>a team plan's name must not be empty or contain '/': {name!r}</source>
        <translation>bir ekip planının adı boş olamaz ve '/' içeremez: {name!r}</translation>
    </message>
    <message>
        <source>a team plan needs a name; give one with --as NAME</source>
        <translation>bir ekip planının bir adı olmalı; --as AD ile verin</translation>
    </message>
    <message>
        <source>the screenshot is written as PNG: give a file name ending in .png</source>
        <translation>ekran görüntüsü PNG olarak yazılır: .png ile biten bir dosya adı verin</translation>
    </message>
    <message>
        <source>the screenshot could not be written there</source>
        <translation>ekran görüntüsü oraya yazılamadı</translation>
    </message>
    <message>
        <source>--lang {value!r} is not an interface language; use one of {valid}</source>
        <translation>--lang {value!r} bir arayüz dili değil; şunlardan birini kullanın: {valid}</translation>
    </message>
    <message>
        <source>this is not an ordinary file; the planner reads lists from ordinary files only</source>
        <translation type="vanished">bu sıradan bir dosya değil; planlayıcı listeleri yalnızca sıradan dosyalardan okur</translation>
    </message>
    <message>
        <source>unknown role; valid roles: {valid} (or coordinator, associated; empty means partner)</source>
        <translation type="vanished">bilinmeyen rol; geçerli roller: {valid} (ya da coordinator, associated; boş bırakılırsa partner sayılır)</translation>
    </message>
    <message>
        <source>"duration_months" must be a whole number of months, or null</source>
        <translation type="vanished">"duration_months" ay sayısını veren bir tam sayı ya da null olmalıdır</translation>
    </message>
    <message>
        <source>could not be brought up to date ({problem}); it is unchanged</source>
        <translation type="vanished">güncel biçime dönüştürülemedi ({problem}); dosya değiştirilmedi</translation>
    </message>
    <message>
        <source>an unknown version ({revision!r})</source>
        <translation type="vanished">bilinmeyen bir sürüm ({revision!r})</translation>
    </message>
</context>
</TS>
