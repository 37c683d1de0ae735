// The editor's entry, bundled by src/integrations/cms-admin.ts from the CMS's npm build, whose
// fonts, interface translations and code highlighting ship inside the package (its one-file
// browser bundle would fetch them from CDNs).
import CMS from '@sveltia/cms';

CMS.init();
