"""Many instances at once: the instance list as a CSV file (:mod:`.roster`) and bulk runs over
the checked instances (:mod:`.bulk`): Test all, Apply to instances and Compare, with a bound on
the requests in flight, Cancel, and one result row per instance (:mod:`.results`)."""
