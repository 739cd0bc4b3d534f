"""Small, illustrative economic models of the course's case studies: one module per mechanism
(``collective_purchase``: buying raw materials together). Bad inputs raise ``ModelInputError``
(``errors``) with a message a learner can act on. Import from the modules themselves."""
