from enum import StrEnum


class ShowcasePracticesLangType0(StrEnum):
    DE = "de"
    EN = "en"
    ES = "es"
    FR = "fr"
    IT = "it"
    PT = "pt"

    def __str__(self) -> str:
        return str(self.value)
