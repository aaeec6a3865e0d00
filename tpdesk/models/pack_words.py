"""The fixed words of a briefing pack in its language: English, French or Arabic.

A pack's headings, labels, captions and generated sentences are printed in
the pack's language; the register's own text (titles, notes, what the author
typed) stays as written. Every such word has one home: `MESSAGES` and
`COUNTS` below, keyed by an id, the three languages side by side so that a
reviewer reads them together and a test checks that each has the same
placeholders. A Python table and not gettext catalogues: the core has no Qt
and needs no compiled files in the bundle, and a pack is written in its own
language whatever the language of the app that exports it (gettext holds one
language a process). Dates, numbers, amounts and country names come from
Babel's locale data (CLDR), imported where French or Arabic first needs it
(the app's window starts without it); English keeps the house style of `formatting`.
The terms follow IATE and the Commission's own French and Arabic texts; the
choices are kept in resources/translations/glossary.md ("Packs").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from . import formatting
from .countries import country_name
from .formatting import NBSP
from .records import ordinal
from .vocab import (
    ActivityCategory,
    ActivityStatus,
    CommitmentState,
    CommitmentStatus,
    Instrument,
    Labelled,
    Marking,
    PackLanguage,
    PartnershipStatus,
    SectionKind,
)

if TYPE_CHECKING:
    from babel import Locale

Texts = tuple[str, str, str]  # English, French, Arabic

MESSAGES: dict[str, Texts] = {
    # The register workbook's Summary sheet (its data sheets' headers are the import's).
    "book.generated": ("Generated (UTC)", "Généré le (UTC)", "تاريخ الإنشاء (بالتوقيت العالمي)"),
    "book.filters": ("Filters", "Filtres", "عوامل التصفية"),
    "book.no_filter": ("none: the whole register", "aucun : tout le registre",
                       "لا شيء: السجل كله"),
    "book.pack_filter": ("the records of briefing pack '{title}'",
                         "les fiches du dossier « {title} »",
                         "سجلات ملف الإحاطة «{title}»"),
    "book.overdue_as_of": ("Overdue as of", "Retards au", "التأخر حتى"),
    "book.key_figures": ("Key figures", "Chiffres clés", "الأرقام الرئيسية"),
    "book.activities": ("Activities", "Activités", "الأنشطة"),
    "book.total_funding": ("Total funding", "Financement total", "إجمالي التمويل"),
    "book.commitments": ("Commitments", "Engagements", "الالتزامات"),
    "book.open": ("  of which open", "  dont en cours", "  منها قائمة"),
    "book.overdue": ("  of which overdue", "  dont en retard", "  منها متأخرة"),
    "book.updates": ("Progress updates", "Points d'avancement", "تحديثات التقدم"),
    "book.organisations": ("Organisations", "Organisations", "المنظمات"),
    "book.roundtables": ("Roundtables", "Tables rondes", "اجتماعات المائدة المستديرة"),
    "book.by_status": ("Commitments by status", "Engagements par statut",
                       "الالتزامات حسب الحالة"),
    "book.by_instrument": ("Funding by instrument (EUR)", "Financement par instrument (EUR)",
                           "التمويل حسب الأداة (يورو)"),
    "book.editing": ("Editing and re-importing", "Modifier et réimporter",
                     "التعديل وإعادة الاستيراد"),
    "book.how.edit": ("Edit the data sheets and bring the workbook back with"
                      " 'tpdesk import xlsx FILE'.",
                      "Modifiez les feuilles de données et rapportez le classeur avec"
                      " « tpdesk import xlsx FILE ».",
                      "عدِّل أوراق البيانات ثم أعِد المصنف بالأمر 'tpdesk import xlsx FILE'."),
    "book.how.ids": ("Rows are matched by the id column; a row without an id is a new record.",
                     "Les lignes sont rapprochées par la colonne id ; une ligne sans id est un"
                     " nouvelle fiche.",
                     "تُطابَق الصفوف بعمود id؛ والصف الذي لا id له سجل جديد."),
    "book.how.clear": ("An empty cell keeps what is stored; type {clear} to empty a field.",
                       "Une cellule vide garde la valeur enregistrée ; saisissez {clear} pour"
                       " vider un champ.",
                       "الخلية الفارغة تُبقي القيمة المحفوظة؛ اكتب {clear} لإفراغ حقل."),
    "book.how.delete": ("Removing a row deletes nothing; type {yes} in its Delete column to"
                        " delete the record.",
                        "Retirer une ligne ne supprime rien ; saisissez {yes} dans sa colonne"
                        " Delete pour supprimer la fiche.",
                        "حذف صف لا يحذف شيئًا؛ اكتب {yes} في عمود Delete الخاص به لحذف"
                        " السجل."),
    "book.how.grey": ("Grey columns are read only and ignored on import.",
                      "Les colonnes grises sont en lecture seule et ignorées à l'import.",
                      "الأعمدة الرمادية للقراءة فقط وتُتجاهل عند الاستيراد."),
    "book.how.dates": ("Type dates as YYYY-MM-DD (they show as 9 January 2027); amounts are in"
                       " euros.",
                       "Saisissez les dates sous la forme AAAA-MM-JJ (2027-01-09 pour le"
                       " 9 janvier 2027) ; les montants sont en euros.",
                       "اكتب التواريخ بصيغة YYYY-MM-DD (2027-01-09 ليوم 9 يناير 2027)؛"
                       " والمبالغ باليورو."),
    # -- the cover, the contents, every page ----------------------------------------
    "cover.scope": ("Scope", "Périmètre", "النطاق"),
    "cover.meeting_date": ("Meeting date", "Date de la réunion", "تاريخ الاجتماع"),
    "cover.prepared_for": ("Prepared for", "Destinataire", "أُعدّ من أجل"),
    "cover.prepared_by": ("Prepared by", "Rédigé par", "أعدّه"),
    "cover.version": ("Version", "Version", "الإصدار"),
    "cover.date": ("Date", "Date", "التاريخ"),
    "cover.marking": ("Marking", "Marquage", "درجة السرية"),
    "cover.register_as_of": ("Register as of", "État du registre au", "حالة السجل في"),
    "facts.meeting": ("Meeting", "Réunion", "الاجتماع"),
    "facts.pack": ("Pack", "Dossier", "الملف"),
    "contents": ("Contents", "Table des matières", "المحتويات"),
    "contents.update": ("Update this field to list the contents.",
                        "Mettez ce champ à jour pour afficher la table des matières.",
                        "حدِّث هذا الحقل لعرض المحتويات."),
    "page": ("Page {number} of {total}", "Page {number} sur {total}",
             "الصفحة {number} من {total}"),
    "page.before": ("Page ", "Page ", "الصفحة "),
    "page.between": (" of ", " sur ", " من "),
    "caption.table": ("Table", "Tableau", "الجدول"),
    "caption.figure": ("Figure", "Figure", "الشكل"),
    "first_page.covers": ("This pack covers: {scope}.", "Le présent dossier couvre : {scope}.",
                          "يغطي هذا الملف: {scope}."),
    "empty_section": ("Nothing to report for this pack.",
                      "Rien à signaler pour ce dossier.",
                      "لا شيء يُذكر في هذا الملف."),
    "empty_table": ("None.", "Néant.", "لا يوجد."),
    "note.unsigned": ("Unsigned", "Non signé", "غير موقَّع"),
    "note.on": (" · on ", " · sur ", " · بشأن "),
    "notes.title": ("Delegate notes", "Notes des délégués", "ملاحظات الوفود"),
    "trace": ("{prepared} on {date}, {time} UTC · pack {pack} · version {version}",
              "{prepared} le {date} à {time} UTC · dossier {pack} · version {version}",
              "{prepared} في {date}، الساعة {time} بالتوقيت العالمي · الملف {pack} · "
              "الإصدار {version}"),
    "moment": ("{date}, {time} UTC", "{date} à {time} UTC",
               "{date}، الساعة {time} بالتوقيت العالمي"),
    "trace.for": ("Prepared for {audience}", "Établi pour {audience}", "أُعدّ من أجل {audience}"),
    "trace.plain": ("Prepared", "Établi", "أُعدّ"),
    "category": ("Briefing pack", "Dossier de réunion", "ملف إحاطة"),
    "total": ("Total", "Total", "المجموع"),
    # -- titles -------------------------------------------------------------------------
    "pack.title": ("Briefing for the {ordinal} EU–{country} Talent Partnership Roundtable",
                   "Dossier pour la {ordinal} table ronde du partenariat destiné à attirer les"
                   " talents UE–{country}",
                   "ملف إحاطة لاجتماع المائدة المستديرة {ordinal} لشراكة المواهب بين الاتحاد"
                   " الأوروبي و{country}"),
    "meeting": ("{ordinal} EU–{country} Talent Partnership Roundtable",
                "{ordinal} table ronde du partenariat destiné à attirer les talents UE–{country}",
                "اجتماع المائدة المستديرة {ordinal} لشراكة المواهب بين الاتحاد الأوروبي"
                " و{country}"),
    "meeting.place": (", {place}", ", {place}", "، {place}"),
    "meeting.adhoc": ("Meeting on the EU–{country} Talent Partnership",
                      "Réunion sur le partenariat destiné à attirer les talents UE–{country}",
                      "اجتماع بشأن شراكة المواهب بين الاتحاد الأوروبي و{country}"),
    "meeting.plain": ("Meeting", "Réunion", "اجتماع"),
    "roundtable": ("{ordinal} roundtable", "{ordinal} table ronde",
                   "اجتماع المائدة المستديرة {ordinal}"),
    "roundtable.at": ("{ordinal} roundtable, {place}", "{ordinal} table ronde, {place}",
                      "اجتماع المائدة المستديرة {ordinal}، {place}"),
    "item": ("Item {number}. {title}", "Point {number}. {title}", "البند {number}. {title}"),
    "annex": ("Annex {letter}: {title}", "Annexe {letter} : {title}",
              "الملحق {letter}: {title}"),
    "annex.name": ("Annex {letter}", "l'annexe {letter}", "الملحق {letter}"),
    "annex.changes": ("Annex: changes since the last roundtable",
                      "Annexe : évolutions depuis la dernière table ronde",
                      "ملحق: المستجدات منذ اجتماع المائدة المستديرة الأخير"),
    "annex.changes_in_full": ("Changes since the last roundtable in full",
                              "Évolutions depuis la dernière table ronde, liste complète",
                              "المستجدات منذ اجتماع المائدة المستديرة الأخير كاملةً"),
    # -- a briefing note's skeleton --------------------------------------------------
    "note.purpose": ("Purpose", "Objet", "الغرض"),
    "note.background": ("Background", "Contexte", "الخلفية"),
    "note.position": ("Current position", "Situation actuelle", "الوضع الحالي"),
    "note.issues": ("Issues", "Questions", "المسائل"),
    "note.lines": ("Lines to take", "Éléments de langage", "النقاط الرئيسية للمداخلة"),
    "lines.on_records": ("On specific records", "Sur des dossiers particuliers",
                         "بشأن سجلات محددة"),
    "key_messages": ("Key messages", "Messages clés", "الرسائل الرئيسية"),
    "other_issues": ("Other issues", "Autres questions", "مسائل أخرى"),
    "most_notable": ("Most notable", "Les plus marquantes", "أبرز المستجدات"),
    # -- table columns ----------------------------------------------------------------
    "col.partner": ("Partner", "Partenaire", "الشريك"),
    "col.activity": ("Activity", "Activité", "النشاط"),
    "col.category": ("Category", "Catégorie", "الفئة"),
    "col.status": ("Status", "Statut", "الحالة"),
    "col.start": ("Start", "Début", "البداية"),
    "col.end": ("End", "Fin", "النهاية"),
    "col.period": ("Period", "Période", "الفترة"),
    "col.lead": ("Lead", "Chef de file", "الجهة الرائدة"),
    "col.funding": ("Funding", "Financement", "التمويل"),
    "col.instruments": ("Instruments", "Instruments", "الأدوات"),
    "col.due": ("Due", "Échéance", "الموعد"),
    "col.commitment": ("Commitment", "Engagement", "الالتزام"),
    "col.actors": ("Actors", "Acteurs", "الجهات المعنية"),
    "col.state": ("State", "Situation", "الوضع"),
    "col.commitments": ("Commitments", "Engagements", "الالتزامات"),
    "col.instrument": ("Instrument", "Instrument", "الأداة"),
    "col.committed": ("Committed", "Engagé", "المُلتزَم به"),
    "col.disbursed": ("Disbursed", "Versé", "المصروف"),
    "col.member_state": ("Member State", "État membre", "الدولة العضو"),
    "col.kind_of_change": ("Kind of change", "Type d'évolution", "نوع التغيير"),
    "col.changes": ("Changes", "Évolutions", "التغييرات"),
    # -- key figures ------------------------------------------------------------------
    "fig.activities": ("Activities", "Activités", "الأنشطة"),
    "fig.under_way": ("Under way", "En cours", "قيد التنفيذ"),
    "fig.funding": ("Funding", "Financement", "التمويل"),
    "fig.open": ("Open commitments", "Engagements en cours", "الالتزامات القائمة"),
    "fig.overdue": ("Overdue commitments", "Engagements en retard", "الالتزامات المتأخرة"),
    "fig.roundtables_held": ("Roundtables held", "Tables rondes tenues",
                             "اجتماعات المائدة المستديرة المنعقدة"),
    # -- the sections without an agenda -----------------------------------------------
    "glance.status": ("{caption}: {status}{launched}.", "{caption} : {status}{launched}.",
                      "{caption}: {status}{launched}."),
    "glance.launched": (", launched {date}", ", lancé le {date}", "، أُطلقت في {date}"),
    "glance.sectors": ("Sectors of common interest: {sectors}",
                       "Secteurs d'intérêt commun : {sectors}",
                       "القطاعات ذات الاهتمام المشترك: {sectors}"),
    "glance.member_states": ("Participating Member States: {states}",
                             "États membres participants : {states}",
                             "الدول الأعضاء المشاركة: {states}"),
    "glance.indicative": ("Some facts on this partnership are indicative and await"
                          " confirmation.",
                          "Certaines données sur ce partenariat sont indicatives et restent à"
                          " confirmer.",
                          "بعض المعلومات المتعلقة بهذه الشراكة إرشادية وتنتظر التأكيد."),
    "roadmap.heading": ("{country}: {roadmap}", "{country} : {roadmap}", "{country}: {roadmap}"),
    "roadmap.caption": ("Roadmap {version}", "Feuille de route {version}",
                        "خارطة الطريق {version}"),
    "roadmap.objective": ("{code}. {text}", "{code}. {text}", "{code}. {text}"),
    "roadmap.nothing": ("{line} (no activity within this pack's scope)",
                        "{line} (aucune activité dans le périmètre de ce dossier)",
                        "{line} (لا يوجد نشاط ضمن نطاق هذا الملف)"),
    "roadmap.unlinked": ("Activities not linked to an objective",
                         "Activités non rattachées à un objectif",
                         "أنشطة غير مرتبطة بهدف"),
    "commitments.none": ("No commitment falls within this pack's scope.",
                         "Aucun engagement n'entre dans le périmètre de ce dossier.",
                         "لا يقع أي التزام ضمن نطاق هذا الملف."),
    "commitments.overdue_row": ("Overdue (open, past due date)",
                                "En retard (en cours, échéance dépassée)",
                                "متأخرة (قائمة، تجاوزت موعدها)"),
    "commitments.by_status": ("Commitments by status", "Engagements par statut",
                              "الالتزامات حسب الحالة"),
    "commitments.attention": ("Overdue and due within {days} days",
                              "En retard ou à échéance dans les {days} jours",
                              "المتأخرة والمستحقة خلال {days} يومًا"),
    "matters.none": ("No commitment made at the {roundtable}{when} within this pack's scope is"
                     " still open.",
                     "Aucun engagement pris lors de la {roundtable}{when} dans le périmètre de"
                     " ce dossier n'est encore en cours.",
                     "لم يعد أي التزام قُطع في {roundtable}{when} ضمن نطاق هذا الملف قائمًا."),
    "matters.when": (" ({date})", " ({date})", " ({date})"),
    "matters.open": ("Commitments made at the {roundtable}{when} and still open: {n}.",
                     "Engagements pris lors de la {roundtable}{when} et encore en cours : {n}.",
                     "الالتزامات التي قُطعت في {roundtable}{when} ولا تزال قائمة: {n}."),
    "matters.pressing_one": (" Of these, 1 overdue or due within {days} days is listed under"
                             " Commitments; the others follow.",
                             " L'un d'eux, en retard ou à échéance dans les {days} jours,"
                             " figure sous Engagements ; les autres suivent.",
                             " ويرد منها التزام واحد متأخر أو مستحق خلال {days} يومًا تحت"
                             " الالتزامات؛ وتلي البقية."),
    "matters.pressing": (" Of these, {n} overdue or due within {days} days are listed under"
                         " Commitments; the others follow.",
                         " Parmi eux, {n}, en retard ou à échéance dans les {days} jours,"
                         " figurent sous Engagements ; les autres suivent.",
                         " ويرد منها {n} متأخرة أو مستحقة خلال {days} يومًا تحت الالتزامات؛"
                         " وتلي البقية."),
    "changes.since": ("{country}: since the {roundtable} ({date})",
                      "{country} : depuis la {roundtable} ({date})",
                      "{country}: منذ {roundtable} ({date})"),
    "changes.since_short": ("{country}: since the {roundtable}",
                            "{country} : depuis la {roundtable}", "{country}: منذ {roundtable}"),
    "changes.caption": ("Changes since the {roundtable}", "Évolutions depuis la {roundtable}",
                        "المستجدات منذ {roundtable}"),
    "changes.summarised": ("{n} changes since the last roundtable: the counts by kind and the"
                           " most notable ones follow; the full list is the annex at the end of"
                           " this pack.",
                           "{n} évolutions depuis la dernière table ronde : suivent leur nombre"
                           " par type et les plus marquantes ; la liste complète figure en"
                           " annexe à la fin du dossier.",
                           "{n} من المستجدات منذ اجتماع المائدة المستديرة الأخير: يلي عددها"
                           " حسب النوع وأبرزها، وترد القائمة الكاملة في الملحق في آخر الملف."),
    "funding.none": ("No funding is recorded for the activities within this pack's scope.",
                     "Aucun financement n'est enregistré pour les activités du périmètre de ce"
                     " dossier.",
                     "لا يوجد تمويل مسجّل للأنشطة ضمن نطاق هذا الملف."),
    "funding.by_instrument": ("Funding by instrument", "Financement par instrument",
                              "التمويل حسب الأداة"),
    "funding.by_state": ("Funding by Member State (funder, else lead Member State)",
                         "Financement par État membre (bailleur, à défaut État membre chef de"
                         " file)",
                         "التمويل حسب الدولة العضو (الجهة الممولة، وإلا الدولة العضو الرائدة)"),
    "funding.others": ("EU and others", "UE et autres", "الاتحاد الأوروبي وجهات أخرى"),
    "timeline.caption": ("Activities by start date ({shown} of {dated} with dates{order})",
                         "Activités par date de début ({shown} sur {dated} datées{order})",
                         "الأنشطة حسب تاريخ البدء ({shown} من {dated} محددة التواريخ{order})"),
    "timeline.current_first": (", current ones first", ", en cours d'abord", "، الجارية أولًا"),
    "timeline.today": ("Today {date}", "Aujourd'hui {date}", "اليوم {date}"),
    "timeline.none": ("No dated activities", "Aucune activité datée", "لا توجد أنشطة مؤرخة"),
    "timeline.lanes": ("{n} activities: how many run", "{n} activités : combien sont en cours",
                       "{n} من الأنشطة: كم منها جارٍ"),
    "timeline.lanes_by_group": ("in each month, by group", "chaque mois, par groupe",
                                "في كل شهر، حسب الفئة"),
    "annex.all_activities": ("All {n} activities covered by this pack",
                             "Les {n} activités couvertes par ce dossier",
                             "جميع الأنشطة التي يغطيها هذا الملف ({n})"),
    "annex.all_open": ("All {n} open commitments covered by this pack",
                       "Les {n} engagements en cours couverts par ce dossier",
                       "جميع الالتزامات القائمة التي يغطيها هذا الملف ({n})"),
    # -- the front part and the notes of an agenda-driven pack ---------------------------
    "issues.more": ("… and {more} more ({all} in all).", "… et {more} de plus ({all} au total).",
                    "… و{more} أخرى ({all} في المجموع)."),
    "issues.kind": ("{label} ({n})", "{label} ({n})", "{label} ({n})"),
    "issues.none": ("No issue found in the register for what this pack covers.",
                    "Le registre ne fait apparaître aucune question pour ce que couvre ce"
                    " dossier.",
                    "لم يُعثر في السجل على أي مسألة تتعلق بما يغطيه هذا الملف."),
    "item.issues_more": ("{n} further issues on this item are counted under Issues for"
                         " decision.",
                         "{n} autres questions sur ce point sont recensées sous Questions"
                         " appelant une décision.",
                         "تُحصى {n} مسائل أخرى بشأن هذا البند تحت «مسائل تتطلب قرارًا»."),
    "item.no_issue": ("No issue found in the register for this item.",
                      "Le registre ne fait apparaître aucune question sur ce point.",
                      "لم يُعثر في السجل على أي مسألة بشأن هذا البند."),
    "item.purpose": ("To prepare the discussion of “{title}”{led}, and agree the lines to take.",
                     "Préparer la discussion du point « {title} »{led} et arrêter les"
                     " éléments de langage.",
                     "التحضير لمناقشة «{title}»{led}، والاتفاق على النقاط الرئيسية للمداخلة."),
    "item.led": (", introduced by {lead}", " (présenté par {lead})", " الذي تقدّمه {lead}"),
    "item.objective": ("Roadmap objective {code}: {text}.",
                       "Objectif {code} de la feuille de route : {text}.",
                       "هدف خارطة الطريق {code}: {text}."),
    "item.covers": ("This note covers {covers}.", "La présente note porte sur {covers}.",
                    "تتناول هذه المذكرة {covers}."),
    "item.previous": ("The {roundtable} was held{place} on {date}.{summary}",
                      "La {roundtable} s'est tenue{place} le {date}.{summary}",
                      "انعقد {roundtable}{place} في {date}.{summary}"),
    "item.previous_place": (" in {place}", " à {place}", " في {place}"),
    "item.previous_undated": ("The {roundtable}.{summary}", "La {roundtable}.{summary}",
                              "{roundtable}.{summary}"),
    "item.carried_one": ("1 commitment made at the last roundtable on this item is still open.",
                         "Un engagement pris lors de la dernière table ronde sur ce point est"
                         " encore en cours.",
                         "لا يزال التزام واحد قُطع في اجتماع المائدة المستديرة الأخير بشأن"
                         " هذا البند قائمًا."),
    "item.carried": ("{n} made at the last roundtable on this item are still open.",
                     "{n} pris lors de la dernière table ronde sur ce point sont encore en"
                     " cours.",
                     "لا تزال {n} قُطعت في اجتماع المائدة المستديرة الأخير بشأن هذا البند"
                     " قائمة."),
    "item.position": ("{activities} ({spread}) with {funding} of funding; {commitments}.",
                      "{activities} ({spread}), pour un financement de {funding} ;"
                      " {commitments}.",
                      "{activities} ({spread}) بتمويل قدره {funding}؛ {commitments}."),
    "item.no_open": ("no open commitment", "aucun engagement en cours", "ولا التزام قائم"),
    "item.none_overdue": ("{open}, none overdue", "{open}, aucun en retard",
                          "و{open}، ليس أيٌّ منها متأخرًا"),
    "item.some_overdue": ("{open}, {overdue} overdue", "{open}, dont {overdue} en retard",
                          "و{open}، منها {overdue} متأخرة"),
    "item.no_activity": ("No activity within this pack's scope falls under this item.",
                         "Aucune activité du périmètre de ce dossier ne relève de ce point.",
                         "لا يندرج تحت هذا البند أي نشاط ضمن نطاق هذا الملف."),
    "item.no_activity_open": ("No activity within this pack's scope falls under this item;"
                              " {open} do.",
                              "Aucune activité du périmètre de ce dossier ne relève de ce"
                              " point ; {open}, en revanche.",
                              "لا يندرج تحت هذا البند أي نشاط ضمن نطاق هذا الملف، بل {open}."),
    "item.matters_one": ("1 commitment made at the last roundtable is still open: matters"
                         " arising.",
                         "Un engagement pris lors de la dernière table ronde est encore en"
                         " cours : suites à donner.",
                         "لا يزال التزام واحد قُطع في اجتماع المائدة المستديرة الأخير قائمًا:"
                         " مسائل للمتابعة."),
    "item.matters": ("{n} made at the last roundtable are still open: matters arising.",
                     "{n} pris lors de la dernière table ronde sont encore en cours : suites à"
                     " donner.",
                     "لا تزال {n} قُطعت في اجتماع المائدة المستديرة الأخير قائمة: مسائل"
                     " للمتابعة."),
    "caption.all": ("{noun} ({n})", "{noun} ({n})", "{noun} ({n})"),
    "caption.some": ("{shown} of {total} {noun}, {order}{where}",
                     "{shown} sur {total} {noun}, {order}{where}",
                     "{shown} من {total} {noun}، {order}{where}"),
    "caption.where": ("; all are listed in {annex}", " ; liste complète à {annex}",
                      "؛ وترد كلها في {annex}"),
    "noun.activities": ("activities", "activités", "الأنشطة"),
    "noun.open_commitments": ("open commitments", "engagements en cours", "الالتزامات القائمة"),
    "order.activities": ("under way first, largest funding first",
                         "en cours d'abord, par financement décroissant",
                         "الجارية أولًا، ثم حسب حجم التمويل"),
    "order.commitments": ("overdue first, then by due date",
                          "en retard d'abord, puis par échéance",
                          "المتأخرة أولًا، ثم حسب الموعد"),
    # -- the summary's sentences ------------------------------------------------------
    "summary.figures": ("The pack covers {activities}{spread} with {funding} of funding, and"
                        " {open}{overdue}",
                        "Le dossier couvre {activities}{spread}, pour un financement de"
                        " {funding}, et {open}{overdue}",
                        "يغطي الملف {activities}{spread} بتمويل قدره {funding}، و{open}{overdue}"),
    "summary.spread": (" ({parts})", " ({parts})", " ({parts})"),
    "summary.overdue": (", {n} of them overdue.", ", dont {n} en retard.", "، منها {n} متأخرة."),
    "summary.none_overdue": (", none of them overdue.", ", dont aucun en retard.",
                             "، وليس أيٌّ منها متأخرًا."),
    "summary.end": (".", ".", "."),
    "summary.overdue_one": ("One commitment is overdue, by {days}: {subject}.",
                            "Un engagement est en retard, de {days} : {subject}.",
                            "هناك التزام واحد متأخر، بفارق {days}: {subject}."),
    "summary.overdue_many": ("There are {count}; the longest overdue, by {days}, is {subject}.",
                             "On compte {count} ; le retard le plus long, de {days}, concerne"
                             " {subject}.",
                             "هناك {count}؛ وأطولها تأخرًا، بفارق {days}، هو {subject}."),
    "summary.ending_one": ("One activity ends within {months} months with commitments still"
                           " open on it: {subject}.",
                           "Une activité s'achève dans les {months} mois alors que des"
                           " engagements y restent en cours : {subject}.",
                           "ينتهي نشاط واحد خلال {months} أشهر ولا تزال التزامات مرتبطة به"
                           " قائمة: {subject}."),
    "summary.ending_many": ("{count} end within {months} months with commitments still open on"
                            " them, first {subject}.",
                            "{count} s'achèvent dans les {months} mois alors que des"
                            " engagements y restent en cours, à commencer par {subject}.",
                            "تنتهي {count} خلال {months} أشهر ولا تزال التزامات مرتبطة بها"
                            " قائمة، أولها {subject}."),
    "summary.stale_one": ("One open commitment has had no progress update for {days} days or"
                          " more.",
                          "Un engagement en cours n'a fait l'objet d'aucun point d'avancement"
                          " depuis {days} jours ou plus.",
                          "لم يُسجَّل أي تقدم في التزام قائم واحد منذ {days} يومًا أو أكثر."),
    "summary.stale_many": ("{count} have had no progress update for {days} days or more.",
                           "{count} n'ont fait l'objet d'aucun point d'avancement depuis"
                           " {days} jours ou plus.",
                           "لم يُسجَّل أي تقدم في {count} منذ {days} يومًا أو أكثر."),
    "summary.idle_one": ("One objective of the roadmap has no activity under way.",
                         "Un objectif de la feuille de route n'a aucune activité en cours.",
                         "لا يوجد نشاط قيد التنفيذ لهدف واحد من أهداف خارطة الطريق."),
    "summary.idle_many": ("{count} of the roadmap have no activity under way.",
                          "{count} de la feuille de route n'ont aucune activité en cours.",
                          "لا يوجد نشاط قيد التنفيذ لـ{count} من خارطة الطريق."),
    "summary.unfunded_one": ("One activity lacks funding or a lead.",
                             "Une activité n'a pas de financement ou pas de chef de file.",
                             "يفتقر نشاط واحد إلى التمويل أو إلى جهة رائدة."),
    "summary.unfunded_many": ("{count} lack funding or a lead.",
                              "{count} n'ont pas de financement ou pas de chef de file.",
                              "تفتقر {count} إلى التمويل أو إلى جهة رائدة."),
    # -- the issues found in the register ----------------------------------------------
    "issue.label.overdue": ("Overdue commitments", "Engagements en retard",
                            "الالتزامات المتأخرة"),
    "issue.label.ending": ("Activities ending with open commitments",
                           "Activités qui s'achèvent avec des engagements en cours",
                           "أنشطة تنتهي مع بقاء التزامات قائمة"),
    "issue.label.stale": ("Commitments without progress for {days} days",
                          "Engagements sans avancement depuis {days} jours",
                          "التزامات بلا تقدم منذ {days} يومًا"),
    "issue.label.idle-objective": ("Objectives with no activity under way",
                                   "Objectifs sans activité en cours",
                                   "أهداف بلا نشاط قيد التنفيذ"),
    "issue.label.no-funding-or-lead": ("Activities without funding or a lead",
                                       "Activités sans financement ou sans chef de file",
                                       "أنشطة بلا تمويل أو بلا جهة رائدة"),
    "issue.quoted": ("“{text}”", "« {text} »", "«{text}»"),
    "issue.objective": ("Objective {code}", "l'objectif {code}", "الهدف {code}"),
    "issue.overdue": ("{subject} is {days} overdue (due {date}; {who}).",
                      "{subject} est en retard de {days} (échéance le {date} ; {who}).",
                      "{subject} متأخر {days} (موعده {date}؛ {who})."),
    "issue.no_actor": ("no actor named", "aucun acteur désigné", "لم تُحدَّد أي جهة"),
    "issue.stale_since": ("{subject}: no progress reported since {date} ({who}).",
                          "{subject} : aucun avancement signalé depuis le {date} ({who}).",
                          "{subject}: لم يُبلَّغ عن أي تقدم منذ {date} ({who})."),
    "issue.stale_made": ("{subject}: no progress reported since it was made on {date} ({who}).",
                         "{subject} : aucun avancement signalé depuis qu'il a été pris, le"
                         " {date} ({who}).",
                         "{subject}: لم يُبلَّغ عن أي تقدم منذ قطعه في {date} ({who})."),
    "issue.ending": ("{subject} ends on {date} with {open} on it.",
                     "{subject} s'achève le {date} avec {open}.",
                     "ينتهي {subject} في {date} مع {open}."),
    "issue.no_funding": ("{subject} has no funding.", "{subject} n'a pas de financement.",
                         "{subject} بلا تمويل."),
    "issue.no_lead": ("{subject} has no lead.", "{subject} n'a pas de chef de file.",
                      "{subject} بلا جهة رائدة."),
    "issue.no_funding_no_lead": ("{subject} has no funding and no lead.",
                                 "{subject} n'a ni financement ni chef de file.",
                                 "{subject} بلا تمويل ولا جهة رائدة."),
    "issue.idle": ("Objective {code} ({text}) has no activity under way.",
                   "L'objectif {code} ({text}) n'a aucune activité en cours.",
                   "لا يوجد نشاط قيد التنفيذ للهدف {code} ({text})."),
    # -- the scope in words ------------------------------------------------------------
    "scope.all": ("All partnerships", "Tous les partenariats", "جميع الشراكات"),
    "scope.and": ("and", "et", "و"),
    "scope.or": ("or", "ou", "أو"),
    "scope.sector": ("sector {names}", "secteur {names}", "قطاع {names}"),
    "scope.sectors": ("sectors {names}", "secteurs {names}", "قطاعات {names}"),
    "scope.member_state": ("Member State {names}", "État membre {names}", "الدولة العضو {names}"),
    "scope.member_states": ("Member States {names}", "États membres {names}",
                            "الدول الأعضاء {names}"),
    "scope.category": ("category {names}", "catégorie {names}", "فئة {names}"),
    "scope.categories": ("categories {names}", "catégories {names}", "فئات {names}"),
    "scope.instrument": ("instrument {names}", "instrument {names}", "أداة {names}"),
    "scope.instruments": ("instruments {names}", "instruments {names}", "أدوات {names}"),
    "scope.statuses": ("commitments {names}", "engagements {names}", "الالتزامات {names}"),
    "scope.pinned": ("{n} added by hand", "{n} ajoutés à la main", "{n} أضيفت يدويًا"),
    "scope.excluded": ("{n} left out", "{n} écartés", "{n} مستبعدة"),
    "scope.records": ("records {list}", "fiches : {list}", "السجلات: {list}"),
    "scope.for": ("for {audience}", "à l'intention de : {audience}", "لصالح {audience}"),
    # -- an agenda item's narrowing in words ---------------------------------------------
    "narrow.objective": ("objective {names}", "l'objectif {names}", "الهدف {names}"),
    "narrow.objectives": ("objectives {names}", "les objectifs {names}", "الأهداف {names}"),
    "narrow.categories": ("activities of the type {names}", "les activités de type {names}",
                          "الأنشطة من نوع {names}"),
    "narrow.sector": ("the sector {names}", "le secteur {names}", "قطاع {names}"),
    "narrow.sectors": ("the sectors {names}", "les secteurs {names}", "قطاعات {names}"),
    "narrow.instruments": ("funding from {names}", "les financements au titre de {names}",
                           "التمويل من {names}"),
    # -- changes since the last roundtable -----------------------------------------------
    "change.kind.roadmap": ("Roadmap and objectives", "Feuille de route et objectifs",
                            "خارطة الطريق والأهداف"),
    "change.kind.new_activities": ("New activities", "Nouvelles activités", "أنشطة جديدة"),
    "change.kind.activity_status": ("Activity status changes",
                                    "Changements de statut des activités",
                                    "تغيّرات في حالة الأنشطة"),
    "change.kind.activity_dates": ("Activity end dates moved",
                                   "Dates de fin d'activité modifiées",
                                   "تواريخ انتهاء الأنشطة المعدّلة"),
    "change.kind.funding": ("Funding changes", "Évolutions du financement", "تغيّرات التمويل"),
    "change.kind.organisations": ("Organisations newly engaged",
                                  "Organisations nouvellement associées",
                                  "منظمات انضمت حديثًا"),
    "change.kind.new_commitments": ("New commitments", "Nouveaux engagements",
                                    "التزامات جديدة"),
    "change.kind.recorded_since": ("Commitments made at the roundtable, recorded since",
                                   "Engagements pris lors de la table ronde, enregistrés depuis",
                                   "التزامات قُطعت في اجتماع المائدة المستديرة وسُجّلت لاحقًا"),
    "change.kind.commitment_status": ("Commitment status changes",
                                      "Changements de statut des engagements",
                                      "تغيّرات في حالة الالتزامات"),
    "change.kind.due_dates": ("Due dates moved", "Échéances modifiées", "مواعيد معدّلة"),
    "change.kind.removed": ("Removed from the register", "Retirés du registre",
                            "حُذفت من السجل"),
    "change.removed.activity": ("Activity removed: {title} ({day})",
                                "Activité retirée : {title} ({day})",
                                "حُذف النشاط: {title} ({day})"),
    "change.removed.commitment": ("Commitment removed: {title} ({day})",
                                  "Engagement retiré : {title} ({day})",
                                  "حُذف الالتزام: {title} ({day})"),
    "change.removed.roadmap": ("Roadmap removed: {title} ({day})",
                               "Feuille de route retirée : {title} ({day})",
                               "حُذفت خارطة الطريق: {title} ({day})"),
    "change.dated": ("{title} ({day})", "{title} ({day})", "{title} ({day})"),
    "change.recorded": ("{title} (recorded {day})", "{title} (enregistré le {day})",
                        "{title} (سُجّل في {day})"),
    "change.status": ("{title}: {old} → {new} ({day})", "{title} : {old} → {new} ({day})",
                      "{title}: {old} ← {new} ({day})"),
    "change.end_slipped": ("{title}: end slipped, {old} → {new} ({day})",
                           "{title} : fin reportée, {old} → {new} ({day})",
                           "{title}: تأجّل الانتهاء، {old} ← {new} ({day})"),
    "change.end_forward": ("{title}: end brought forward, {old} → {new} ({day})",
                           "{title} : fin avancée, {old} → {new} ({day})",
                           "{title}: قُدّم الانتهاء، {old} ← {new} ({day})"),
    "change.due_slipped": ("{title}: slipped, {old} → {new} ({day})",
                           "{title} : reporté, {old} → {new} ({day})",
                           "{title}: تأجّل، {old} ← {new} ({day})"),
    "change.due_forward": ("{title}: brought forward, {old} → {new} ({day})",
                           "{title} : avancé, {old} → {new} ({day})",
                           "{title}: قُدّم، {old} ← {new} ({day})"),
    "change.due_set": ("{title}: due date set, {new} ({day})",
                       "{title} : échéance fixée, {new} ({day})",
                       "{title}: حُدّد الموعد، {new} ({day})"),
    "change.funding": ("{title}: {text} ({day})", "{title} : {text} ({day})",
                       "{title}: {text} ({day})"),
    "change.amounts": ("{old} → {new}", "{old} → {new}", "{old} ← {new}"),
    "change.disbursed": ("disbursed {old} → {new}", "versé {old} → {new}",
                         "المصروف {old} ← {new}"),
    "change.joined": ("{name} (from {date})", "{name} (depuis le {date})",
                      "{name} (منذ {date})"),
    "change.new_roadmap": ("New roadmap: {title} ({day})",
                           "Nouvelle feuille de route : {title} ({day})",
                           "خارطة طريق جديدة: {title} ({day})"),
    "change.roadmap_revised": ("Roadmap revised: version {old} → {new} ({day})",
                               "Feuille de route révisée : version {old} → {new} ({day})",
                               "مراجعة خارطة الطريق: الإصدار {old} ← {new} ({day})"),
    "change.objective_count": ("{title}: objectives {old} → {new} ({day})",
                               "{title} : objectifs {old} → {new} ({day})",
                               "{title}: الأهداف {old} ← {new} ({day})"),
    "change.objective_new": ("New objective {code}: {text} ({day})",
                             "Nouvel objectif {code} : {text} ({day})",
                             "هدف جديد {code}: {text} ({day})"),
    "change.objective_removed": ("Objective removed, {code}: {text} ({day})",
                                 "Objectif retiré, {code} : {text} ({day})",
                                 "حُذف الهدف {code}: {text} ({day})"),
    "change.objective_revised": ("Objective {code} revised: {text} ({day})",
                                 "Objectif {code} révisé : {text} ({day})",
                                 "رُوجع الهدف {code}: {text} ({day})"),
    # -- periods in table cells ------------------------------------------------------------
    "period.from": ("from {date}", "à partir du {date}", "من {date}"),
    "period.until": ("until {date}", "jusqu'au {date}", "حتى {date}"),
    # -- money in running text ---------------------------------------------------------
    "money.million": ("{figure} million", "{figure} million d'euros", "{figure} مليون يورو"),
    "money.millions": ("{figure} million", "{figure} millions d'euros",
                       "{figure} ملايين يورو"),
    "money.billion": ("{figure} billion", "{figure} milliard d'euros", "{figure} مليار يورو"),
    "money.billions": ("{figure} billion", "{figure} milliards d'euros",
                       "{figure} مليارات يورو"),
}

# Counted nouns: English and French (one, other); Arabic by CLDR plural category.
# "{n}" is the figure; Arabic's one and two name no figure, as the language has it.
COUNTS: dict[str, tuple[tuple[str, str], tuple[str, str], dict[str, str]]] = {
    "activity": (("{n} activity", "{n} activities"), ("{n} activité", "{n} activités"),
                 {"zero": "لا نشاط", "one": "نشاط واحد", "two": "نشاطان", "few": "{n} أنشطة",
                  "many": "{n} نشاطًا", "other": "{n} نشاط"}),
    "commitment": (("{n} commitment", "{n} commitments"), ("{n} engagement", "{n} engagements"),
                   {"zero": "لا التزام", "one": "التزام واحد", "two": "التزامان",
                    "few": "{n} التزامات", "many": "{n} التزامًا", "other": "{n} التزام"}),
    "open_commitment": (("{n} open commitment", "{n} open commitments"),
                        ("{n} engagement en cours", "{n} engagements en cours"),
                        {"zero": "لا التزام قائم", "one": "التزام قائم واحد",
                         "two": "التزامان قائمان", "few": "{n} التزامات قائمة",
                         "many": "{n} التزامًا قائمًا", "other": "{n} التزام قائم"}),
    "overdue_commitment": (("{n} overdue commitment", "{n} overdue commitments"),
                           ("{n} engagement en retard", "{n} engagements en retard"),
                           {"zero": "لا التزام متأخر", "one": "التزام متأخر واحد",
                            "two": "التزامان متأخران", "few": "{n} التزامات متأخرة",
                            "many": "{n} التزامًا متأخرًا", "other": "{n} التزام متأخر"}),
    "objective": (("{n} objective", "{n} objectives"), ("{n} objectif", "{n} objectifs"),
                  {"zero": "لا هدف", "one": "هدف واحد", "two": "هدفان", "few": "{n} أهداف",
                   "many": "{n} هدفًا", "other": "{n} هدف"}),
    "day": (("{n} day", "{n} days"), ("{n} jour", "{n} jours"),
            {"zero": "{n} يوم", "one": "يومًا واحدًا", "two": "يومين", "few": "{n} أيام",
             "many": "{n} يومًا", "other": "{n} يوم"}),
    "under_way": (("{n} under way", "{n} under way"), ("{n} en cours", "{n} en cours"),
                  {"zero": "لا شيء قيد التنفيذ", "one": "واحد قيد التنفيذ",
                   "two": "اثنان قيد التنفيذ", "few": "{n} قيد التنفيذ",
                   "many": "{n} قيد التنفيذ", "other": "{n} قيد التنفيذ"}),
}

# How an activity's status reads inside a sentence: "3 under way, 1 in the pipeline"
# (French singular|plural where the participle agrees).
STATUS_PHRASES: dict[ActivityStatus, Texts] = {
    ActivityStatus.PIPELINE: ("{n} in the pipeline", "{n} en préparation", "{n} قيد الإعداد"),
    ActivityStatus.IMPLEMENTATION: ("{n} under way", "{n} en cours", "{n} قيد التنفيذ"),
    ActivityStatus.FINALISATION: ("{n} finishing", "{n} en voie d'achèvement",
                                  "{n} في مرحلة الإنجاز النهائي"),
    ActivityStatus.CLOSED: ("{n} closed", "{n} clôturée|{n} clôturées", "{n} منتهية"),
    ActivityStatus.CANCELLED: ("{n} cancelled", "{n} annulée|{n} annulées", "{n} ملغاة"),
    ActivityStatus.SUSPENDED: ("{n} suspended", "{n} suspendue|{n} suspendues", "{n} معلّقة"),
}

# The vocabulary's labels as a pack prints them, by vocabulary: English is the label itself.
# Keyed by vocabulary first, for members of two vocabularies share a value (an activity and a
# partnership are both "suspended", but French writes "suspendue" and "suspendu").
LABELS: dict[type[Labelled], dict[Labelled, tuple[str, str]]] = {
    ActivityCategory: {
        ActivityCategory.CAPACITY_BUILDING: ("Renforcement des capacités", "بناء القدرات"),
        ActivityCategory.SKILLS_DEVELOPMENT: ("Développement des compétences", "تنمية المهارات"),
        ActivityCategory.MOBILITY: ("Facilitation de la mobilité", "تيسير التنقل"),
        ActivityCategory.INTEGRATION: ("Intégration dans le pays de destination",
                                       "الإدماج في بلد المقصد"),
        ActivityCategory.REINTEGRATION: ("Réintégration", "إعادة الإدماج"),
        ActivityCategory.MIGRATION_MANAGEMENT: ("Coopération en matière de gestion des migrations",
                                                "التعاون في إدارة الهجرة"),
    },
    ActivityStatus: {
        ActivityStatus.PIPELINE: ("Identification", "قيد التحديد"),
        ActivityStatus.IMPLEMENTATION: ("Mise en œuvre", "قيد التنفيذ"),
        ActivityStatus.FINALISATION: ("Finalisation", "الإنجاز النهائي"),
        ActivityStatus.CLOSED: ("Clôturée", "منتهٍ"),
        ActivityStatus.CANCELLED: ("Annulée", "ملغى"),
        ActivityStatus.SUSPENDED: ("Suspendue", "معلّق"),
    },
    CommitmentStatus: {
        CommitmentStatus.PLANNED: ("Prévu", "مخطط له"),
        CommitmentStatus.IN_PROGRESS: ("En cours", "قيد التنفيذ"),
        CommitmentStatus.FULFILLED: ("Réalisé", "منجز"),
        CommitmentStatus.ON_HOLD: ("En suspens", "معلّق"),
        CommitmentStatus.CANCELLED: ("Annulé", "ملغى"),
    },
    CommitmentState: {
        CommitmentState.OVERDUE: ("En retard", "متأخر"),
        CommitmentState.DUE_SOON: ("Échéance proche", "يستحق قريبًا"),
        CommitmentState.OPEN: ("Dans les délais", "في الموعد"),
        CommitmentState.CLOSED: ("Clos", "مغلق"),
    },
    Instrument: {
        Instrument.MPF: ("MPF", "MPF"),
        Instrument.AMIF: ("FAMI", "AMIF"),
        Instrument.NDICI: ("IVCDCI – Europe dans le monde", "NDICI - أوروبا العالمية"),
        Instrument.ERASMUS: ("Erasmus+", "Erasmus+"),
        Instrument.MS_BILATERAL: ("Bilatéral (État membre)", "ثنائي (دولة عضو)"),
        Instrument.PRIVATE: ("Secteur privé", "القطاع الخاص"),
        Instrument.OTHER: ("Autre", "أخرى"),
    },
    PartnershipStatus: {
        PartnershipStatus.EXPLORATORY: ("en phase exploratoire", "في المرحلة الاستكشافية"),
        PartnershipStatus.LAUNCHED: ("lancé", "أُطلقت"),
        PartnershipStatus.ACTIVE: ("actif", "نشطة"),
        PartnershipStatus.SUSPENDED: ("suspendu", "معلّقة"),
    },
    Marking: {
        Marking.PUBLIC: ("PUBLIC", "علني"),
        Marking.LIMITED: ("DIFFUSION LIMITÉE", "توزيع محدود"),
        Marking.SENSITIVE: ("SENSIBLE", "حساس"),
    },
    SectionKind: {
        SectionKind.COVER: ("Couverture", "الغلاف"),
        SectionKind.PURPOSE: ("Objet et résumé", "الغرض والملخص"),
        SectionKind.AT_A_GLANCE: ("Le partenariat en bref", "الشراكة في لمحة"),
        SectionKind.ROADMAP: ("Objectifs et activités de la feuille de route",
                              "أهداف خارطة الطريق وأنشطتها"),
        SectionKind.COMMITMENTS: ("Engagements", "الالتزامات"),
        SectionKind.MATTERS_ARISING: ("Suites de la dernière table ronde",
                                      "متابعة الاجتماع السابق"),
        SectionKind.CHANGES: ("Évolutions depuis la dernière table ronde",
                              "المستجدات منذ اجتماع المائدة المستديرة الأخير"),
        SectionKind.FUNDING: ("Vue d'ensemble du financement", "نظرة عامة على التمويل"),
        SectionKind.TIMELINE: ("Calendrier des activités", "الجدول الزمني للأنشطة"),
        SectionKind.LINES_TO_TAKE: ("Éléments de langage", "النقاط الرئيسية للمداخلة"),
        SectionKind.ANNEX: ("Annexe : registre des activités", "ملحق: سجل الأنشطة"),
        SectionKind.SUMMARY: ("Résumé et messages clés", "الملخص والرسائل الرئيسية"),
        SectionKind.ISSUES: ("Questions appelant une décision", "مسائل تتطلب قرارًا"),
        SectionKind.AGENDA_ITEM: ("Point de l'ordre du jour", "بند جدول الأعمال"),
    },
}

# Status labels as an English sentence reads them (lower case) differ from the label.
_EN_PARTNERSHIP = {s: s.label.lower() for s in PartnershipStatus}

# Ordinals of a roundtable: "la 5e table ronde"; Arabic agrees with اجتماع (masculine).
_AR_ORDINALS = ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
                "التاسع", "العاشر")

# Annexes are lettered A, B, C...; Arabic letters them in abjad order (أ، ب، ج، د، هـ...).
_LATIN_LETTERS = "ABCDEFGHIJ"
_ABJAD = ("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي")

_INDEX = {PackLanguage.EN: 0, PackLanguage.FR: 1, PackLanguage.AR: 2}
_LOCALES = {PackLanguage.EN: "en", PackLanguage.FR: "fr", PackLanguage.AR: "ar"}
_MILLION = 1_000_000
TOTALS = frozenset(texts[i] for texts in (MESSAGES["total"],) for i in range(3))
"""How a closing Total row starts, in every language: writers keep it with the row above."""


@dataclass(frozen=True)
class Words:
    """The words and formats of one language; `words(key, **values)` gives a message."""

    language: PackLanguage = PackLanguage.EN

    @property
    def english(self) -> bool:
        return self.language is PackLanguage.EN

    @property
    def right_to_left(self) -> bool:
        return self.language.right_to_left

    @property
    def locale(self) -> Locale:
        return _locale(_LOCALES[self.language])

    @property
    def code(self) -> str:
        """The language's tag, for a document's language property."""
        return str(self.language)

    def __call__(self, key: str, /, **values: object) -> str:
        text = MESSAGES[key][_INDEX[self.language]]
        return text.format(**values) if values else text

    def count(self, noun: str, n: int) -> str:
        """'3 activities', '3 activités', '٣ أنشطة': the noun agrees with the figure."""
        en, fr, ar = COUNTS[noun]
        if self.language is PackLanguage.AR:
            form = ar[self.locale.plural_form(n)]
        else:
            one, other = en if self.english else fr
            singular = n == 1 if self.english else n in (0, 1)
            form = one if singular else other
        return form.format(n=self.number(n))

    def label(self, member: Labelled) -> str:
        """A vocabulary label (status, category, instrument, section...) in this language."""
        if self.english:
            return member.label
        return LABELS[type(member)][member][_INDEX[self.language] - 1]

    def status_phrase(self, status: ActivityStatus, n: int) -> str:
        """How many activities have a status, as a sentence says it: '2 under way'."""
        forms = STATUS_PHRASES[status][_INDEX[self.language]].split("|")
        form = forms[-1] if len(forms) > 1 and n > 1 else forms[0]
        return form.format(n=self.number(n))

    def partnership_status(self, status: PartnershipStatus) -> str:
        return _EN_PARTNERSHIP[status] if self.english else self.label(status)

    def ordinal(self, number: int) -> str:
        """'5th', '5e' ('1re' for the first), 'الخامس'."""
        if self.language is PackLanguage.FR:
            return "1re" if number == 1 else f"{number}e"
        if self.language is PackLanguage.AR:
            return _AR_ORDINALS[number - 1] if 1 <= number <= 10 else f"رقم {number}"
        return ordinal(number)

    def roundtable(self, number: int, place: str = "") -> str:
        """A roundtable as a sentence names it: '5th roundtable, Tunis'."""
        ordinal = self.ordinal(number)
        if place:
            return self("roundtable.at", ordinal=ordinal, place=place)
        return self("roundtable", ordinal=ordinal)

    def letter(self, index: int) -> str:
        """The letter of the pack's annex number `index` (from 0): 'A', 'B'... or 'أ', 'ب'..."""
        return (_ABJAD if self.language is PackLanguage.AR else _LATIN_LETTERS)[index]

    def short_month(self, month: int) -> str:
        """A month's short name for a chart's axis: 'Jan', 'janv.', 'يناير'."""
        if self.english:
            return formatting.SHORT_MONTHS[month - 1]
        from babel.dates import get_month_names

        return str(get_month_names("abbreviated", locale=self.locale)[month])

    def country(self, code: str) -> str:
        """A country's name by its ISO code, from CLDR for French and Arabic."""
        if self.english:
            return country_name(code)
        return str(self.locale.territories.get(code, country_name(code)))

    @property
    def comma(self) -> str:
        """What separates the items of a list: '، ' in Arabic."""
        return "، " if self.right_to_left else ", "

    def join(self, items: list[str], word: str = "and") -> str:
        """'A, B and C' with this language's conjunction."""
        if len(items) <= 1:
            return "".join(items)
        conj = self(f"scope.{word}")
        if self.language is PackLanguage.AR:
            return "، ".join(items[:-1]) + f" {conj}" + items[-1]
        return f"{', '.join(items[:-1])} {conj} {items[-1]}"

    # -- dates, numbers, money -------------------------------------------------------

    def date(self, value: str | date | None) -> str:
        """'9 January 2027', '9 janvier 2027', '9 يناير 2027'; other text as given."""
        return formatting.format_date(value, _LOCALES[self.language])

    def period(self, start: str | None, end: str | None) -> str:
        """A table cell's period; each date stays whole on one line.

        Broken after its month, "1 مايو / 2024 –" took four lines of a Word cell.
        """
        if self.english:
            return formatting.format_period(start, end)

        def day(value: str) -> str:
            return self.date(value).replace(" ", NBSP)

        if start and end:
            return f"{day(start)}{NBSP}– {day(end)}"
        if start:
            return self("period.from", date=day(start))
        return self("period.until", date=day(end)) if end else ""

    def number(self, value: int | float) -> str:
        if self.english:
            return formatting.format_number(value)
        from babel.numbers import format_decimal

        if isinstance(value, float) and not value.is_integer():
            return str(format_decimal(round(value, 1), locale=self.locale))
        return str(format_decimal(int(value), locale=self.locale))

    def money(self, cents: int | float) -> str:
        """Whole euros for a table: '1 200 000 €', '1,200,000 €'."""
        if self.english:
            return formatting.format_money(cents)
        from babel.numbers import format_currency

        euros = formatting.whole_euros(cents)
        text = format_currency(euros, "EUR", format="#,##0\u00a0¤", currency_digits=False,
                               locale=self.locale)
        return str(text).replace("-", formatting.MINUS)

    def money_text(self, cents: int | float) -> str:
        """Amounts in running text: millions and billions to one decimal."""
        if self.english:
            return formatting.format_money_text(cents)
        whole = formatting.whole_euros(cents)
        if abs(whole) < _MILLION:
            return self.money(cents)
        millions = Decimal(abs(whole)) / _MILLION
        key, figure = "money.million", millions
        if millions >= 1000:
            key, figure = "money.billion", millions / 1000
        figure = round(figure, 1)
        # French: "2 millions"; Arabic: "3 ملايين" from three to ten, "مليون" otherwise.
        plural = (figure >= 2 if self.language is PackLanguage.FR
                  else figure == int(figure) and 3 <= figure <= 10)
        from babel.numbers import format_decimal

        shown = str(format_decimal(figure, format="#,##0.#", locale=self.locale))
        key += "s" if plural else ""
        sign = formatting.MINUS if whole < 0 else ""
        return sign + self(key, figure=shown).replace(" ", NBSP, 1)

    def cell(self, value: str | int | float | None, kind: str) -> str | int | float | None:
        """A table cell as this language prints it; English cells stay as the writers take them."""
        if self.english or value is None or value == "":
            return value
        if isinstance(value, str):
            return self.date(value).replace(" ", NBSP, 1) if kind == "date" else value
        if kind == "money":
            return self.money(value)
        return self.number(value)


@functools.cache
def _locale(tag: str) -> Locale:
    from babel import Locale

    return Locale.parse(tag)


def words_for(language: str | PackLanguage) -> Words:
    """The words of a pack's language (its stored value: 'en', 'fr', 'ar')."""
    return Words(PackLanguage(language))


ENGLISH = Words()
