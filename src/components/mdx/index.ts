/**
 * Components authors use in MDX. The page route passes them to every article and site page,
 * so MDX files use them without importing anything.
 */
import Callout from './Callout.astro';
import Checklist from './Checklist.astro';
import Cite from './Cite.astro';
import ComparisonTable from './ComparisonTable.astro';
import ContactRoute from './ContactRoute.astro';
import Fact from './Fact.astro';
import Handout from './Handout.astro';
import Helpline from './Helpline.astro';
import KeyPoints from './KeyPoints.astro';
import MyOptions from './MyOptions.astro';
import OptionSources from './OptionSources.astro';
import OtherChoices from './OtherChoices.astro';
import SafetyGuide from './SafetyGuide.astro';
import Term from './Term.astro';
import TreatmentOptions from './TreatmentOptions.astro';

export { Callout, Checklist, Cite, ComparisonTable, ContactRoute, Fact, Handout, Helpline, KeyPoints, MyOptions, OptionSources, OtherChoices, SafetyGuide, Term, TreatmentOptions };
export const mdxComponents = { Callout, Checklist, Cite, ComparisonTable, ContactRoute, Fact, Handout, Helpline, KeyPoints, MyOptions, OptionSources, OtherChoices, SafetyGuide, Term, TreatmentOptions };
