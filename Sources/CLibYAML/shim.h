// The one door to libyaml: the system's own library (Debian's libyaml-dev), read event by event by
// ReadinessCore's YAMLReader.
#include <yaml.h>
