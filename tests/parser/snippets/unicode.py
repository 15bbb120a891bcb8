café = 1
ｆｏｏ = 2
ℌ = 3
x = 'é' + "日本語"
π = 3.14
def naïve(résumé): return résumé
class Ünïcode: pass
x = "\u00e9"  # comment with ünïcode
