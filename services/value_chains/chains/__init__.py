"""Value chains: their ordered stages and participants, the gaps a side of the Atlantic leaves
at a stage, the organisations proposed to fill them, and the component's dashboard counts."""
